using System.Data.Common;
using Monitor.Pipeline.State;

namespace Monitor.Infrastructure.Storage;

/// <summary>Per-feed state: HTTP validators and health.</summary>
public abstract partial class RelationalStore
{
    private const string StateColumns = "feed_id, etag, last_modified, consecutive_failures, last_error_kind, last_error, last_error_at, last_success_at, next_poll_at";

    /// <inheritdoc/>
    public async Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {StateColumns} FROM feed_state WHERE feed_id = @feed", ("@feed", feedId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadState(reader) : new FeedState(feedId);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {StateColumns} FROM feed_state ORDER BY feed_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var states = new List<FeedState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            states.Add(ReadState(reader));
        }

        return states;
    }

    /// <inheritdoc/>
    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await ConnectAsync(cancellationToken);
        await ExecAsync(
            connection,
            null,
            $"""
            INSERT INTO feed_state ({StateColumns}) VALUES (@feed, @etag, @lm, @fails, @kind, @error, @errorAt, @successAt, @next)
            ON CONFLICT (feed_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
              consecutive_failures = excluded.consecutive_failures, last_error_kind = excluded.last_error_kind,
              last_error = excluded.last_error, last_error_at = excluded.last_error_at,
              last_success_at = excluded.last_success_at, next_poll_at = excluded.next_poll_at
            """,
            cancellationToken,
            ("@feed", state.FeedId),
            ("@etag", state.ETag),
            ("@lm", state.LastModified),
            ("@fails", state.ConsecutiveFailures),
            ("@kind", state.LastErrorKind),
            ("@error", state.LastError),
            ("@errorAt", ToUnixMs(state.LastErrorAt)),
            ("@successAt", ToUnixMs(state.LastSuccessAt)),
            ("@next", ToUnixMs(state.NextPollAt)));
    }

    private static FeedState ReadState(DbDataReader r) => new(r.GetString(0))
    {
        ETag = NullableString(r, 1),
        LastModified = NullableString(r, 2),
        ConsecutiveFailures = r.GetInt32(3),
        LastErrorKind = NullableString(r, 4),
        LastError = NullableString(r, 5),
        LastErrorAt = NullableTime(r, 6),
        LastSuccessAt = NullableTime(r, 7),
        NextPollAt = NullableTime(r, 8),
    };
}
