namespace Monitor.Pipeline.Dedup;

/// <summary>What the ledger remembers of an item it has seen.</summary>
/// <param name="Key">The item's key within its feed.</param>
/// <param name="ContentHash">Hash of title and summary when last seen (to detect edits).</param>
public sealed record SeenItem(string Key, string ContentHash);
