using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.State;

namespace Monitor.TestKit.Fakes;

/// <summary>An in-memory ledger, outbox and feed-state store with the same semantics as the SQLite one (for pipeline unit tests).</summary>
public sealed class InMemoryStore : IItemLedger, IOutbox, IFeedStateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Feed, string Key), SeenItem> seen = [];
    private readonly List<OutboxEntry> outbox = [];
    private readonly Dictionary<string, FeedState> states = new(StringComparer.Ordinal);
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
                .Where(e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now)
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
