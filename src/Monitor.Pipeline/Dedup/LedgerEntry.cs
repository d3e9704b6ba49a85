using Monitor.Domain.Items;

namespace Monitor.Pipeline.Dedup;

/// <summary>One item as the ledger remembers it (for <c>monitor why</c> and backtests).</summary>
/// <param name="FeedId">The feed.</param>
/// <param name="Key">The item's key within its feed (guid, canonical link or content hash).</param>
/// <param name="Title">Its normalised title when first recorded (empty for rows recorded before schema 3).</param>
/// <param name="Summary">Its normalised summary when first recorded.</param>
/// <param name="Link">Its canonical link, if any.</param>
/// <param name="Published">Its publication date, if it had one.</param>
/// <param name="FirstSeen">When a poll first saw it.</param>
/// <param name="LastSeen">When a poll last saw it in the feed.</param>
/// <param name="Outcome">Its outcome at the first sighting, or <see langword="null"/> for rows recorded before outcomes were kept.</param>
/// <param name="RuleIds">The rules that fired for it.</param>
public sealed record LedgerEntry(
    string FeedId,
    string Key,
    string Title,
    string Summary,
    string? Link,
    DateTimeOffset? Published,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    ItemOutcome? Outcome,
    IReadOnlyList<string> RuleIds);
