using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.State;

namespace Monitor.TestKit.Fakes;

/// <summary>
/// Every storage port in memory: the item ledger, the outbox (queue and admin) and feed state, with the semantics of the SQL stores.
/// It runs the same contract tests as SQLite and PostgreSQL (<c>InMemoryStoreTests</c>), so a pipeline test on it means what it would on SQLite.
/// It also keeps every commit (<see cref="Commits"/>) and every outbox row (<see cref="Outbox"/>) for assertions.
/// </summary>
public sealed partial class InMemoryStore : IItemLedger, IItemHistory, IOutboxQueue, IOutboxAdmin, IFeedStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Feed, string Key), (SeenItem Item, DateTimeOffset FirstSeen)> seen = [];
    private readonly Dictionary<(string Feed, string Key), LedgerEntry> entries = [];
    private readonly List<OutboxEntry> outbox = [];
    private readonly HashSet<string> alertIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, DateTimeOffset> settledAt = [];
    private readonly Dictionary<string, FeedState> states = new(StringComparer.Ordinal);
    private readonly List<ItemChange> changes = [];
    private readonly Dictionary<string, string> disabled = new(StringComparer.Ordinal);
    private readonly List<PollCommit> commits = [];
    private long sequence;

    /// <summary>Gets a snapshot of every outbox row, in sequence order.</summary>
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

    /// <summary>Gets every commit that landed, in order.</summary>
    public IReadOnlyList<PollCommit> Commits
    {
        get
        {
            lock (gate)
            {
                return commits.ToList();
            }
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, SeenItem>> FindSeenAsync(string feedId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (gate)
        {
            IReadOnlyDictionary<string, SeenItem> found = keys
                .Distinct(StringComparer.Ordinal)
                .Where(k => seen.ContainsKey((feedId, k)))
                .ToDictionary(k => k, k => seen[(feedId, k)].Item, StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc/>
    public Task CommitAsync(PollCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);

        // The SQL stores refuse a row with a missing required value and roll the whole commit back: check everything before changing anything.
        if (commit.Alerts.Any(a => a.Id is null || a.ChannelId is null || a.Item is null))
        {
            throw new InvalidOperationException("an alert without id, channel or item cannot be queued (the SQL stores' NOT NULL columns); nothing was committed");
        }

        lock (gate)
        {
            foreach (var item in commit.SeenItems)
            {
                var firstSeen = seen.TryGetValue((commit.FeedId, item.Key), out var known) ? known.FirstSeen : commit.Now;
                seen[(commit.FeedId, item.Key)] = (new SeenItem(item.Key, ContentHash.Of(item)), firstSeen);
                var outcome = commit.Outcomes.GetValueOrDefault(item.Key);
                entries[(commit.FeedId, item.Key)] = entries.TryGetValue((commit.FeedId, item.Key), out var entry)
                    ? entry with { LastSeen = commit.Now }
                    : new LedgerEntry(commit.FeedId, item.Key, item.Title, item.Summary, item.Link?.AbsoluteUri, item.HasPublishedDate ? item.Published : null,
                        commit.Now, commit.Now, outcome?.Outcome, outcome?.RuleIds ?? []);
            }

            // Every item still in the feed was seen now: retention counts from the last sighting.
            foreach (var key in commit.PresentKeys)
            {
                if (entries.TryGetValue((commit.FeedId, key), out var present))
                {
                    entries[(commit.FeedId, key)] = present with { LastSeen = commit.Now };
                }
            }

            // A change is recorded only for an item already seen whose hash differs, as the SQL stores do.
            foreach (var item in commit.ChangedItems)
            {
                var hash = ContentHash.Of(item);
                if (seen.TryGetValue((commit.FeedId, item.Key), out var before) && before.Item.ContentHash != hash)
                {
                    changes.Add(new ItemChange(commit.FeedId, item.Key, before.Item.ContentHash, hash, item.Title, item.Summary, commit.Now));
                    seen[(commit.FeedId, item.Key)] = (new SeenItem(item.Key, hash), before.FirstSeen);
                }
            }

            // The alert id is deterministic: a replayed poll cannot queue a second copy.
            foreach (var alert in commit.Alerts.Where(a => alertIds.Add(a.Id)))
            {
                outbox.Add(new OutboxEntry(++sequence, alert, OutboxStatus.Pending, 0, commit.Now) { CreatedAt = commit.Now });
            }

            commits.Add(commit);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ItemChange>> ListChangesAsync(string feedId, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<ItemChange> list = changes.Where(c => c.FeedId == feedId).Reverse().Take(limit).ToList();
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
            var oldSeen = entries.Where(p => p.Value.LastSeen < cutoff).Select(p => p.Key).ToList();
            oldSeen.ForEach(key =>
            {
                seen.Remove(key);
                entries.Remove(key);
            });
            var oldChanges = changes.RemoveAll(c => c.DetectedAt < cutoff);

            // Pending and dead rows are never pruned: only what the destination confirmed long ago.
            var oldSent = outbox.Where(e => e.Status == OutboxStatus.Sent && settledAt.TryGetValue(e.Sequence, out var at) && at < cutoff).Select(e => e.Sequence).ToHashSet();
            outbox.RemoveAll(e => oldSent.Contains(e.Sequence));
            return Task.FromResult(oldSeen.Count + oldChanges + oldSent.Count);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<OutboxEntry>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            // Rows of disabled channels are due too: the dispatcher parks them with the reason.
            IReadOnlyList<OutboxEntry> due = outbox
                .Where(e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now)
                .Where(e => !outbox.Exists(p => p.Alert.ChannelId == e.Alert.ChannelId && p.Status == OutboxStatus.Pending && p.Sequence < e.Sequence && p.NextAttemptAt > now))
                .OrderBy(e => e.Sequence)
                .Take(limit)
                .ToList();
            return Task.FromResult(due);
        }
    }

    /// <inheritdoc/>
    public Task MarkSentAsync(IReadOnlyList<long> sequences, string? messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        Update(sequences, _ => true, e => e with { Status = OutboxStatus.Sent, Attempts = e.Attempts + 1, MessageId = messageId, LastError = null }, settled: now);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ScheduleRetryAsync(long sequence, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken)
    {
        Update([sequence], e => e.Status == OutboxStatus.Pending, e => e with { Attempts = e.Attempts + 1, NextAttemptAt = nextAttemptAt, LastError = reason }, settled: null);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task MarkDeadAsync(long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Update([sequence], e => e.Status == OutboxStatus.Pending, e => e with { Status = OutboxStatus.Dead, Attempts = e.Attempts + 1, LastError = reason }, settled: now);
        return Task.CompletedTask;
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
            IReadOnlyDictionary<string, string> copy = new SortedDictionary<string, string>(disabled, StringComparer.Ordinal);
            return Task.FromResult(copy);
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
    public Task<bool> RequeueAsync(long sequence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var entry = outbox.Find(e => e.Sequence == sequence && e.Status != OutboxStatus.Sent);
            if (entry is null)
            {
                return Task.FromResult(false);
            }

            disabled.Remove(entry.Alert.ChannelId);
            Update([sequence], _ => true, e => e with { Status = OutboxStatus.Pending, NextAttemptAt = now }, settled: null);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task<int> RequeueDeadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var dead = outbox.Where(e => e.Status == OutboxStatus.Dead).ToList();
            dead.ForEach(e => disabled.Remove(e.Alert.ChannelId));
            Update(dead.Select(e => e.Sequence), _ => true, e => e with { Status = OutboxStatus.Pending, NextAttemptAt = now }, settled: null);
            return Task.FromResult(dead.Count);
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
        ArgumentNullException.ThrowIfNull(state);
        lock (gate)
        {
            states[state.FeedId] = state;
        }

        return Task.CompletedTask;
    }

    /// <summary>Changes the rows with these sequences that pass <paramref name="when"/> (the SQL's <c>WHERE … AND status = …</c>) and sets or clears their settle time.</summary>
    private void Update(IEnumerable<long> sequences, Func<OutboxEntry, bool> when, Func<OutboxEntry, OutboxEntry> change, DateTimeOffset? settled)
    {
        lock (gate)
        {
            foreach (var seq in sequences)
            {
                var index = outbox.FindIndex(e => e.Sequence == seq);
                if (index < 0 || !when(outbox[index]))
                {
                    continue;
                }

                outbox[index] = change(outbox[index]);
                if (settled is { } at)
                {
                    settledAt[seq] = at;
                }
                else
                {
                    settledAt.Remove(seq);
                }
            }
        }
    }
}
