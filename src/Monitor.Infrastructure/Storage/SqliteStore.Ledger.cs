using Microsoft.Data.Sqlite;
using Monitor.Pipeline.Dedup;

namespace Monitor.Infrastructure.Storage;

/// <summary>The item ledger: which items each feed has produced.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, SeenItem>> FindSeenAsync(string feedId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var seen = new Dictionary<string, SeenItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return seen;
        }

        await using var connection = await ConnectAsync(cancellationToken);
        foreach (var chunk in keys.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = new List<string>();
            for (var i = 0; i < chunk.Length; i++)
            {
                names.Add("$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue(names[^1], chunk[i]);
            }

            command.CommandText = $"SELECT item_key, content_hash FROM seen_items WHERE feed_id = $feed AND item_key IN ({string.Join(',', names)})";
            command.Parameters.AddWithValue("$feed", feedId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                seen[reader.GetString(0)] = new SeenItem(reader.GetString(0), reader.GetString(1));
            }
        }

        return seen;
    }

    /// <inheritdoc/>
    public async Task CommitAsync(PollCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var item in commit.SeenItems)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO seen_items (feed_id, item_key, content_hash, first_seen_at) VALUES ($feed, $key, $hash, $now)
                ON CONFLICT (feed_id, item_key) DO UPDATE SET content_hash = excluded.content_hash
                """;
            insert.Parameters.AddWithValue("$feed", commit.FeedId);
            insert.Parameters.AddWithValue("$key", item.Key);
            insert.Parameters.AddWithValue("$hash", ContentHash.Of(item));
            insert.Parameters.AddWithValue("$now", ToUnixMs(commit.Now));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var alert in commit.Alerts)
        {
            await using var enqueue = connection.CreateCommand();
            enqueue.Transaction = transaction;
            enqueue.CommandText = """
                INSERT OR IGNORE INTO outbox (alert_id, channel_id, payload, status, attempts, next_attempt_at, created_at)
                VALUES ($id, $channel, $payload, 0, 0, $now, $now)
                """;
            enqueue.Parameters.AddWithValue("$id", alert.Id);
            enqueue.Parameters.AddWithValue("$channel", alert.ChannelId);
            enqueue.Parameters.AddWithValue("$payload", AlertSerializer.Serialize(alert));
            enqueue.Parameters.AddWithValue("$now", ToUnixMs(commit.Now));
            await enqueue.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
