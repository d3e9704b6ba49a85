using System.Collections.Concurrent;
using Monitor.Pipeline.Dedup;

namespace Monitor.TestKit.Feeds;

/// <summary>An <see cref="IItemLedger"/> in memory that keeps every commit for assertions.</summary>
public sealed class RecordingItemLedger : IItemLedger
{
    private readonly ConcurrentDictionary<(string Feed, string Key), SeenItem> seen = new();
    private readonly ConcurrentQueue<PollCommit> commits = new();

    /// <summary>Gets every commit, in order.</summary>
    public IReadOnlyList<PollCommit> Commits => commits.ToArray();

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, SeenItem>> FindSeenAsync(string feedId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        IReadOnlyDictionary<string, SeenItem> found = keys
            .Where(k => seen.ContainsKey((feedId, k)))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(k => k, k => seen[(feedId, k)], StringComparer.Ordinal);
        return Task.FromResult(found);
    }

    /// <inheritdoc/>
    public Task CommitAsync(PollCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        foreach (var item in commit.SeenItems)
        {
            seen[(commit.FeedId, item.Key)] = new SeenItem(item.Key, ContentHash.Of(item));
        }

        commits.Enqueue(commit);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ItemChange>> ListChangesAsync(string feedId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ItemChange>>([]);

    /// <inheritdoc/>
    public Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);
}
