namespace Monitor.Pipeline.Dedup;

/// <summary>Port: remembers which items each feed has produced, so a restart never re-alerts.</summary>
public interface IItemLedger
{
    /// <summary>Returns those of <paramref name="keys"/> already seen for <paramref name="feedId"/>.</summary>
    Task<IReadOnlyDictionary<string, SeenItem>> FindSeenAsync(string feedId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Records the items as seen, records changed items and enqueues the alerts in one transaction: all of it happens or none.</summary>
    Task CommitAsync(PollCommit commit, CancellationToken cancellationToken);

    /// <summary>Returns recorded content changes, newest first.</summary>
    Task<IReadOnlyList<ItemChange>> ListChangesAsync(string feedId, int limit, CancellationToken cancellationToken);

    /// <summary>Forgets seen items last seen (in their feed) before <paramref name="cutoff"/>, changes and sent outbox rows settled before it. Returns the rows removed.</summary>
    Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
