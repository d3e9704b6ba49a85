namespace Monitor.Pipeline.Dedup;

/// <summary>Port: remembers which items each feed has produced, so a restart never re-alerts.</summary>
public interface IItemLedger
{
    /// <summary>Returns those of <paramref name="keys"/> already seen for <paramref name="feedId"/>.</summary>
    Task<IReadOnlyDictionary<string, SeenItem>> FindSeenAsync(string feedId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Records the items as seen and enqueues the alerts in one transaction: either both happen or neither does.</summary>
    Task CommitAsync(PollCommit commit, CancellationToken cancellationToken);
}
