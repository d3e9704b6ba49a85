using Microsoft.Data.Sqlite;
using Monitor.Pipeline.State;

namespace Monitor.Infrastructure.Storage;

/// <summary>Per-feed state: HTTP validators and health.</summary>
public sealed partial class SqliteStore
{
    private const string StateColumns = "feed_id, etag, last_modified, consecutive_failures, last_error_kind, last_error, last_error_at, last_success_at, next_poll_at";

    /// <inheritdoc/>
    public async Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StateColumns} FROM feed_state WHERE feed_id = $feed";
        command.Parameters.AddWithValue("$feed", feedId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadState(reader) : new FeedState(feedId);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StateColumns} FROM feed_state ORDER BY feed_id";
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO feed_state ({StateColumns}) VALUES ($feed, $etag, $lm, $fails, $kind, $error, $errorAt, $successAt, $next)
            ON CONFLICT (feed_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
              consecutive_failures = excluded.consecutive_failures, last_error_kind = excluded.last_error_kind,
              last_error = excluded.last_error, last_error_at = excluded.last_error_at,
              last_success_at = excluded.last_success_at, next_poll_at = excluded.next_poll_at
            """;
        command.Parameters.AddWithValue("$feed", state.FeedId);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lm", (object?)state.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$fails", state.ConsecutiveFailures);
        command.Parameters.AddWithValue("$kind", (object?)state.LastErrorKind ?? DBNull.Value);
        command.Parameters.AddWithValue("$error", (object?)state.LastError ?? DBNull.Value);
        command.Parameters.AddWithValue("$errorAt", Nullable(state.LastErrorAt));
        command.Parameters.AddWithValue("$successAt", Nullable(state.LastSuccessAt));
        command.Parameters.AddWithValue("$next", Nullable(state.NextPollAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static object Nullable(DateTimeOffset? time) => time is { } t ? ToUnixMs(t) : DBNull.Value;

    private static FeedState ReadState(SqliteDataReader r) => new(r.GetString(0))
    {
        ETag = r.IsDBNull(1) ? null : r.GetString(1),
        LastModified = r.IsDBNull(2) ? null : r.GetString(2),
        ConsecutiveFailures = r.GetInt32(3),
        LastErrorKind = r.IsDBNull(4) ? null : r.GetString(4),
        LastError = r.IsDBNull(5) ? null : r.GetString(5),
        LastErrorAt = r.IsDBNull(6) ? null : FromUnixMs(r.GetInt64(6)),
        LastSuccessAt = r.IsDBNull(7) ? null : FromUnixMs(r.GetInt64(7)),
        NextPollAt = r.IsDBNull(8) ? null : FromUnixMs(r.GetInt64(8)),
    };
}
