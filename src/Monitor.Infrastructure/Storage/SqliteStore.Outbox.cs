using Microsoft.Data.Sqlite;
using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Storage;

/// <summary>The durable outbox.</summary>
public sealed partial class SqliteStore
{
    private const string Columns = "seq, payload, status, attempts, next_attempt_at, last_error, message_id";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxEntry>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // A row is due only when no older pending row of the same channel is still waiting: order per channel is kept.
        command.CommandText = $"""
            SELECT {Columns} FROM outbox o
            WHERE o.status = 0 AND o.next_attempt_at <= $now
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.channel_id = o.channel_id AND p.status = 0 AND p.seq < o.seq AND p.next_attempt_at > $now)
            ORDER BY o.seq LIMIT $limit
            """;
        command.Parameters.AddWithValue("$now", ToUnixMs(now));
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task MarkSentAsync(IReadOnlyList<long> sequences, string? messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var seq in sequences)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE outbox SET status = 1, attempts = attempts + 1, message_id = $mid, settled_at = $now, last_error = NULL WHERE seq = $seq";
            command.Parameters.AddWithValue("$mid", (object?)messageId ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", ToUnixMs(now));
            command.Parameters.AddWithValue("$seq", seq);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task ScheduleRetryAsync(long sequence, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $next, last_error = $reason WHERE seq = $seq AND status = 0";
        command.Parameters.AddWithValue("$next", ToUnixMs(nextAttemptAt));
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$seq", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task MarkDeadAsync(long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE outbox SET status = 2, attempts = attempts + 1, last_error = $reason, settled_at = $now WHERE seq = $seq";
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$now", ToUnixMs(now));
        command.Parameters.AddWithValue("$seq", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM outbox WHERE status = $status ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$status", (int)status);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<OutboxEntry>> ReadEntriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new OutboxEntry(
                reader.GetInt64(0),
                AlertSerializer.Deserialize(reader.GetString(1)),
                (OutboxStatus)reader.GetInt32(2),
                reader.GetInt32(3),
                FromUnixMs(reader.GetInt64(4)))
            {
                LastError = reader.IsDBNull(5) ? null : reader.GetString(5),
                MessageId = reader.IsDBNull(6) ? null : reader.GetString(6),
            });
        }

        return entries;
    }
}
