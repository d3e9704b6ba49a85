using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.State;

namespace Monitor.TestKit.Fakes;

/// <summary>An in-memory ledger, outbox and feed-state store with the same semantics as the SQLite one (for pipeline unit tests).</summary>
public sealed class InMemoryStore : IItemLedger, IItemHistory, IOutboxQueue, IOutboxAdmin, IFeedStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Feed, string Key), SeenItem> seen = [];
    private readonly List<OutboxEntry> outbox = [];
    private readonly Dictionary<string, FeedState> states = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Feed, string Key), LedgerEntry> entries = [];
    private readonly List<ItemChange> changes = [];
    private readonly Dictionary<string, string> disabled = new(StringComparer.Ordinal);
    private long sequence;

    /// <summary>Gets a snapshot of every outbox row.</summary>
    public IReadOnlyList<OutboxEntry> Outbox
    {
        get
        {
            lock (gate)
            {
                return outbox.ToList();
            }
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, SeenItem>> FindSeenAsync(string feedId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyDictionary<string, SeenItem> found = keys.Where(k => seen.ContainsKey((feedId, k))).Distinct().ToDictionary(k => k, k => seen[(feedId, k)]);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc/>
    public Task CommitAsync(PollCommit commit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var item in commit.SeenItems)
            {
                seen[(commit.FeedId, item.Key)] = new SeenItem(item.Key, ContentHash.Of(item));
                var outcome = commit.Outcomes.GetValueOrDefault(item.Key);
                entries[(commit.FeedId, item.Key)] = entries.TryGetValue((commit.FeedId, item.Key), out var known)
                    ? known with { LastSeen = commit.Now }
                    : new LedgerEntry(commit.FeedId, item.Key, item.Title, item.Summary, item.Link?.AbsoluteUri, item.HasPublishedDate ? item.Published : null,
                        commit.Now, commit.Now, outcome?.Outcome, outcome?.RuleIds ?? []);
            }

            foreach (var key in commit.PresentKeys)
            {
                if (entries.TryGetValue((commit.FeedId, key), out var present))
                {
                    entries[(commit.FeedId, key)] = present with { LastSeen = commit.Now };
                }
            }

            foreach (var item in commit.ChangedItems)
            {
                var old = seen.TryGetValue((commit.FeedId, item.Key), out var before) ? before.ContentHash : string.Empty;
                var hash = ContentHash.Of(item);
                changes.Add(new ItemChange(commit.FeedId, item.Key, old, hash, item.Title, item.Summary, commit.Now));
                seen[(commit.FeedId, item.Key)] = new SeenItem(item.Key, hash);
            }

            foreach (var alert in commit.Alerts.Where(a => outbox.TrueForAll(e => e.Alert.Id != a.Id)))
            {
                outbox.Add(new OutboxEntry(++sequence, alert, OutboxStatus.Pending, 0, commit.Now));
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<OutboxEntry>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<OutboxEntry> due = outbox
                .Where(e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now && !disabled.ContainsKey(e.Alert.ChannelId))
                .Where(e => !outbox.Exists(p => p.Alert.ChannelId == e.Alert.ChannelId && p.Status == OutboxStatus.Pending && p.Sequence < e.Sequence && p.NextAttemptAt > now))
                .OrderBy(e => e.Sequence)
                .Take(limit)
                .ToList();
            return Task.FromResult(due);
        }
    }

    /// <inheritdoc/>
    public Task MarkSentAsync(IReadOnlyList<long> sequences, string? messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(sequences, e => e with { Status = OutboxStatus.Sent, Attempts = e.Attempts + 1, MessageId = messageId, LastError = null });

    /// <inheritdoc/>
    public Task ScheduleRetryAsync(long sequence, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken) =>
        Update([sequence], e => e with { Attempts = e.Attempts + 1, NextAttemptAt = nextAttemptAt, LastError = reason });

    /// <inheritdoc/>
    public Task MarkDeadAsync(long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update([sequence], e => e with { Status = OutboxStatus.Dead, Attempts = e.Attempts + 1, LastError = reason });

    /// <inheritdoc/>
    public Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus status, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<OutboxEntry> list = outbox.Where(e => e.Status == status).OrderBy(e => e.Sequence).Take(limit).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc/>
    public Task<int> CountAsync(OutboxStatus status, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(outbox.Count(e => e.Status == status));
        }
    }

    /// <inheritdoc/>
    public Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(states.TryGetValue(feedId, out var state) ? state : new FeedState(feedId));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<FeedState> list = states.Values.OrderBy(s => s.FeedId, StringComparer.Ordinal).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc/>
    public Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            states[state.FeedId] = state;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ItemChange>> ListChangesAsync(string feedId, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<ItemChange> list = changes.Where(c => c.FeedId == feedId).Take(limit).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<LedgerEntry>> FindItemsAsync(string keyOrLink, string? feedId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<LedgerEntry> found = entries.Values
                .Where(e => (e.Key == keyOrLink || e.Link == keyOrLink) && (feedId is null || e.FeedId == feedId))
                .OrderByDescending(e => e.FirstSeen)
                .Take(20)
                .ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc/>
    public Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var old = entries.Where(p => p.Value.LastSeen < cutoff).Select(p => p.Key).ToList();
            foreach (var key in old)
            {
                seen.Remove(key);
                entries.Remove(key);
            }

            return Task.FromResult(old.Count);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<OutboxEntry>> FindByItemAsync(string feedId, string itemKey, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<OutboxEntry> list = outbox.Where(e => e.Alert.Item.FeedId == feedId && e.Alert.Item.Key == itemKey).OrderBy(e => e.Sequence).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc/>
    public async Task<bool> RequeueAsync(long sequence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        OutboxEntry? entry;
        lock (gate)
        {
            entry = outbox.Find(e => e.Sequence == sequence && e.Status != OutboxStatus.Sent);
            if (entry is not null)
            {
                disabled.Remove(entry.Alert.ChannelId);
            }
        }

        if (entry is null)
        {
            return false;
        }

        await Update([sequence], e => e with { Status = OutboxStatus.Pending, NextAttemptAt = now });
        return true;
    }

    /// <inheritdoc/>
    public async Task<int> RequeueDeadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<long> dead;
        lock (gate)
        {
            dead = outbox.Where(e => e.Status == OutboxStatus.Dead).Select(e => e.Sequence).ToList();
            foreach (var channel in outbox.Where(e => e.Status == OutboxStatus.Dead).Select(e => e.Alert.ChannelId))
            {
                disabled.Remove(channel);
            }
        }

        await Update(dead, e => e with { Status = OutboxStatus.Pending, NextAttemptAt = now });
        return dead.Count;
    }

    /// <inheritdoc/>
    public Task DisableChannelAsync(string channelId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            disabled[channelId] = reason;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, string>> ListDisabledChannelsAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyDictionary<string, string> copy = new Dictionary<string, string>(disabled, StringComparer.Ordinal);
            return Task.FromResult(copy);
        }
    }

    private Task Update(IEnumerable<long> sequences, Func<OutboxEntry, OutboxEntry> change)
    {
        lock (gate)
        {
            foreach (var seq in sequences)
            {
                var index = outbox.FindIndex(e => e.Sequence == seq);
                if (index >= 0)
                {
                    outbox[index] = change(outbox[index]);
                }
            }
        }

        return Task.CompletedTask;
    }
}
