namespace Monitor.Pipeline.Dedup;

/// <summary>Reads what the ledger remembers of items, for people asking about one (<c>monitor why</c>).</summary>
public interface IItemHistory
{
    /// <summary>Finds items whose key (guid, link or hash) or canonical link is <paramref name="keyOrLink"/>, in one feed or in all.</summary>
    Task<IReadOnlyList<LedgerEntry>> FindItemsAsync(string keyOrLink, string? feedId, CancellationToken cancellationToken);
}
