using System.Data.Common;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Storage;

/// <summary>The durable outbox: <c>Pending → Sent | Dead</c>, ordered per channel by sequence.</summary>
public abstract partial class RelationalStore
{
    private const string EntryColumns = "seq, payload, status, attempts, next_attempt_at, last_error, message_id, created_at, alert_id, channel_id, feed_id, item_key";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxEntry>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);

        // A row is due only when no older pending row of the same channel is still waiting: order per channel is kept.
        await using var command = Command(
            connection,
            null,
            $"""
            SELECT {EntryColumns} FROM outbox o
            WHERE o.status = {OutboxStatusSql.Pending} AND o.next_attempt_at <= @now
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel_id = o.channel_id AND p.status = {OutboxStatusSql.Pending} AND p.seq < o.seq AND p.next_attempt_at > @now)
            ORDER BY o.seq LIMIT @limit
            """,
            ("@now", ToUnixMs(now)),
            ("@limit", limit));
        var rows = await ReadEntriesAsync(command, cancellationToken);

        // A payload that cannot be read would fail every pass and stop every channel: park that one row with its reason instead.
        foreach (var (entry, error) in rows.Where(r => r.PayloadError is not null))
        {
            await MarkDeadAsync(connection, entry.Sequence, error + "; parked so the rest of the queue keeps flowing", now, cancellationToken);
        }

        return rows.Where(r => r.PayloadError is null).Select(r => r.Entry).ToList();
    }

    /// <inheritdoc/>
    public async Task MarkSentAsync(IReadOnlyList<long> sequences, string? messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var seq in sequences)
        {
            await ExecAsync(
                connection,
                transaction,
                $"UPDATE outbox SET status = {OutboxStatusSql.Sent}, attempts = attempts + 1, message_id = @mid, settled_at = @now, last_error = NULL WHERE seq = @seq",
                cancellationToken,
                ("@mid", messageId),
                ("@now", ToUnixMs(now)),
                ("@seq", seq));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task ScheduleRetryAsync(long sequence, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await ExecAsync(
            connection,
            null,
            $"UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @reason WHERE seq = @seq AND status = {OutboxStatusSql.Pending}",
            cancellationToken,
            ("@next", ToUnixMs(nextAttemptAt)),
            ("@reason", reason),
            ("@seq", sequence));
    }

    /// <inheritdoc/>
    public async Task MarkDeadAsync(long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await MarkDeadAsync(connection, sequence, reason, now, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {EntryColumns} FROM outbox WHERE status = @status ORDER BY seq LIMIT @limit", ("@status", (int)status), ("@limit", limit));
        return [.. (await ReadEntriesAsync(command, cancellationToken)).Select(r => r.Entry)];
    }

    /// <inheritdoc/>
    public async Task<int> CountAsync(OutboxStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM outbox WHERE status = @status", ("@status", (int)status));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxEntry>> FindByItemAsync(string feedId, string itemKey, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {EntryColumns} FROM outbox WHERE feed_id = @feed AND item_key = @key ORDER BY seq", ("@feed", feedId), ("@key", itemKey));
        return [.. (await ReadEntriesAsync(command, cancellationToken)).Select(r => r.Entry)];
    }

    /// <inheritdoc/>
    public async Task<bool> RequeueAsync(long sequence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecAsync(connection, transaction, $"DELETE FROM disabled_channels WHERE channel_id IN (SELECT channel_id FROM outbox WHERE seq = @seq AND status <> {OutboxStatusSql.Sent})", cancellationToken, ("@seq", sequence));
        var changed = await ExecAsync(
            connection,
            transaction,
            $"UPDATE outbox SET status = {OutboxStatusSql.Pending}, next_attempt_at = @now, settled_at = NULL WHERE seq = @seq AND status <> {OutboxStatusSql.Sent}",
            cancellationToken,
            ("@now", ToUnixMs(now)),
            ("@seq", sequence));
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    /// <inheritdoc/>
    public async Task<int> RequeueDeadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecAsync(connection, transaction, $"DELETE FROM disabled_channels WHERE channel_id IN (SELECT channel_id FROM outbox WHERE status = {OutboxStatusSql.Dead})", cancellationToken);
        var changed = await ExecAsync(connection, transaction, $"UPDATE outbox SET status = {OutboxStatusSql.Pending}, next_attempt_at = @now, settled_at = NULL WHERE status = {OutboxStatusSql.Dead}", cancellationToken, ("@now", ToUnixMs(now)));
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <inheritdoc/>
    public async Task DisableChannelAsync(string channelId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await ExecAsync(
            connection,
            null,
            """
            INSERT INTO disabled_channels (channel_id, reason, disabled_at) VALUES (@channel, @reason, @now)
            ON CONFLICT (channel_id) DO UPDATE SET reason = excluded.reason, disabled_at = excluded.disabled_at
            """,
            cancellationToken,
            ("@channel", channelId),
            ("@reason", reason),
            ("@now", ToUnixMs(now)));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> ListDisabledChannelsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT channel_id, reason FROM disabled_channels ORDER BY channel_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var disabled = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            disabled[reader.GetString(0)] = reader.GetString(1);
        }

        return disabled;
    }

    private static Task<int> MarkDeadAsync(DbConnection connection, long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecAsync(
            connection,
            null,
            $"UPDATE outbox SET status = {OutboxStatusSql.Dead}, attempts = attempts + 1, last_error = @reason, settled_at = @now WHERE seq = @seq AND status = {OutboxStatusSql.Pending}",
            cancellationToken,
            ("@reason", reason),
            ("@now", ToUnixMs(now)),
            ("@seq", sequence));

    /// <summary>Reads rows; a row whose payload cannot be read gets a stand-in alert built from its columns (so operators can list it) and the reason.</summary>
    private static async Task<List<(OutboxEntry Entry, string? PayloadError)>> ReadEntriesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<(OutboxEntry, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var createdAt = FromUnixMs(reader.GetInt64(7));
            var readable = AlertSerializer.TryDeserialize(NullableString(reader, 1), out var alert, out var error);
            alert ??= new Alert(
                reader.GetString(8),
                reader.GetString(9),
                new FeedItem(NullableString(reader, 10) ?? string.Empty, NullableString(reader, 11) ?? string.Empty, "(unreadable outbox payload)", error!, string.Empty, null, createdAt),
                [],
                createdAt);
            var entry = new OutboxEntry(reader.GetInt64(0), alert, (OutboxStatus)reader.GetInt32(2), reader.GetInt32(3), FromUnixMs(reader.GetInt64(4)))
            {
                LastError = NullableString(reader, 5),
                MessageId = NullableString(reader, 6),
                CreatedAt = createdAt,
            };
            entries.Add((entry, readable ? null : error));
        }

        return entries;
    }
}
