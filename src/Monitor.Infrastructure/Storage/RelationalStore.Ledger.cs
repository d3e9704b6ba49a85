using System.Globalization;
using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;

namespace Monitor.Infrastructure.Storage;

/// <summary>The item ledger: which items each feed has produced, their content hashes and recorded edits.</summary>
public abstract partial class RelationalStore
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
            var parameters = new List<(string, object?)> { ("@feed", feedId) };
            var names = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                names.Add("@k" + i.ToString(CultureInfo.InvariantCulture));
                parameters.Add((names[^1], chunk[i]));
            }

            await using var command = Command(
                connection,
                null,
                $"SELECT item_key, content_hash FROM seen_items WHERE feed_id = @feed AND item_key IN ({string.Join(',', names)})",
                [.. parameters]);
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
        var now = ToUnixMs(commit.Now);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BeforeCommitAsync(connection, transaction, cancellationToken);
        foreach (var item in commit.SeenItems)
        {
            var outcome = commit.Outcomes.GetValueOrDefault(item.Key);
            await ExecAsync(
                connection,
                transaction,
                """
                INSERT INTO seen_items (feed_id, item_key, content_hash, first_seen_at, last_seen_at, outcome, rule_ids, title, summary, link, published_at)
                VALUES (@feed, @key, @hash, @now, @now, @outcome, @rules, @title, @summary, @link, @published)
                ON CONFLICT (feed_id, item_key) DO UPDATE SET content_hash = excluded.content_hash, last_seen_at = excluded.last_seen_at
                """,
                cancellationToken,
                ("@feed", commit.FeedId),
                ("@key", item.Key),
                ("@hash", ContentHash.Of(item)),
                ("@now", now),
                ("@outcome", outcome is null ? null : ItemOutcomeNames.Of(outcome.Outcome)),
                ("@rules", outcome is null ? null : string.Join(',', outcome.RuleIds)),
                ("@title", item.Title),
                ("@summary", item.Summary),
                ("@link", item.Link?.AbsoluteUri),
                ("@published", item.HasPublishedDate ? ToUnixMs(item.Published) : null));
        }

        // One statement per 500 keys (one for most feeds), not one per item: every item still in the feed was seen now.
        foreach (var chunk in commit.PresentKeys.Chunk(500))
        {
            var parameters = new List<(string, object?)> { ("@feed", commit.FeedId), ("@now", now) };
            var names = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                names.Add("@k" + i.ToString(CultureInfo.InvariantCulture));
                parameters.Add((names[^1], chunk[i]));
            }

            await ExecAsync(
                connection,
                transaction,
                $"UPDATE seen_items SET last_seen_at = @now WHERE feed_id = @feed AND item_key IN ({string.Join(',', names)})",
                cancellationToken,
                [.. parameters]);
        }

        foreach (var item in commit.ChangedItems)
        {
            // The change row keeps the hash it replaced, read inside the same transaction.
            await ExecAsync(
                connection,
                transaction,
                """
                INSERT INTO item_changes (feed_id, item_key, old_hash, new_hash, title, summary, detected_at)
                SELECT feed_id, item_key, content_hash, @hash, @title, @summary, @now FROM seen_items
                WHERE feed_id = @feed AND item_key = @key AND content_hash <> @hash
                """,
                cancellationToken,
                ("@feed", commit.FeedId),
                ("@key", item.Key),
                ("@hash", ContentHash.Of(item)),
                ("@title", item.Title),
                ("@summary", item.Summary),
                ("@now", now));
            await ExecAsync(
                connection,
                transaction,
                "UPDATE seen_items SET content_hash = @hash WHERE feed_id = @feed AND item_key = @key",
                cancellationToken,
                ("@feed", commit.FeedId),
                ("@key", item.Key),
                ("@hash", ContentHash.Of(item)));
        }

        foreach (var alert in commit.Alerts)
        {
            // The alert id is deterministic (feed, item, channel): a replayed poll cannot queue a second copy.
            await ExecAsync(
                connection,
                transaction,
                $"""
                INSERT INTO outbox (alert_id, channel_id, feed_id, item_key, payload, status, attempts, next_attempt_at, created_at)
                VALUES (@id, @channel, @feed, @key, @payload, {OutboxStatusSql.Pending}, 0, @now, @now)
                ON CONFLICT (alert_id) DO NOTHING
                """,
                cancellationToken,
                ("@id", alert.Id),
                ("@channel", alert.ChannelId),
                ("@feed", alert.Item.FeedId),
                ("@key", alert.Item.Key),
                ("@payload", AlertSerializer.Serialize(alert)),
                ("@now", now));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ItemChange>> ListChangesAsync(string feedId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "SELECT feed_id, item_key, old_hash, new_hash, title, summary, detected_at FROM item_changes WHERE feed_id = @feed ORDER BY id DESC LIMIT @limit",
            ("@feed", feedId),
            ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<ItemChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new ItemChange(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), FromUnixMs(reader.GetInt64(6))));
        }

        return changes;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<LedgerEntry>> FindItemsAsync(string keyOrLink, string? feedId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyOrLink);
        await using var connection = await ConnectAsync(cancellationToken);
        var inFeed = feedId is null ? string.Empty : " AND feed_id = @feed";
        await using var command = Command(
            connection,
            null,
            $"""
            SELECT feed_id, item_key, title, summary, link, published_at, first_seen_at, last_seen_at, outcome, rule_ids FROM seen_items
            WHERE (item_key = @value OR link = @value){inFeed}
            ORDER BY first_seen_at DESC LIMIT 20
            """,
            ("@value", keyOrLink),
            ("@feed", feedId ?? string.Empty));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var firstSeen = FromUnixMs(reader.GetInt64(6));
            entries.Add(new LedgerEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? string.Empty : reader.GetString(2),
                reader.IsDBNull(3) ? string.Empty : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : FromUnixMs(reader.GetInt64(5)),
                firstSeen,
                reader.IsDBNull(7) ? firstSeen : FromUnixMs(reader.GetInt64(7)),
                reader.IsDBNull(8) ? null : ItemOutcomeNames.Parse(reader.GetString(8)),
                reader.IsDBNull(9) || reader.GetString(9).Length == 0 ? [] : reader.GetString(9).Split(',')));
        }

        return entries;
    }

    /// <inheritdoc/>
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var before = ToUnixMs(cutoff);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removed = await ExecAsync(connection, transaction, "DELETE FROM seen_items WHERE last_seen_at < @before", cancellationToken, ("@before", before));
        removed += await ExecAsync(connection, transaction, "DELETE FROM item_changes WHERE detected_at < @before", cancellationToken, ("@before", before));

        // Pending and dead rows are never pruned: only what Discord confirmed long ago.
        removed += await ExecAsync(connection, transaction, $"DELETE FROM outbox WHERE status = {OutboxStatusSql.Sent} AND settled_at < @before", cancellationToken, ("@before", before));
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
