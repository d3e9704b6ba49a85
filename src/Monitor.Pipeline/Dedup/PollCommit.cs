using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Dedup;

/// <summary>What one poll writes, atomically: the items now seen, the alerts they produced (the outbox rows) and the edits noticed.</summary>
/// <param name="FeedId">The feed.</param>
/// <param name="SeenItems">New items to record as seen (with their outcome from <see cref="Outcomes"/>).</param>
/// <param name="Alerts">Alerts to enqueue for delivery.</param>
/// <param name="Now">The commit time.</param>
public sealed record PollCommit(string FeedId, IReadOnlyList<FeedItem> SeenItems, IReadOnlyList<Alert> Alerts, DateTimeOffset Now)
{
    /// <summary>Gets items already seen whose title or summary changed: their stored hash is updated and the change recorded.</summary>
    public IReadOnlyList<FeedItem> ChangedItems { get; init; } = [];

    /// <summary>
    /// Gets the keys of every item in the feed document this poll: their <c>last_seen</c> is set to <see cref="Now"/>, so the ledger
    /// forgets only items that have left the feed (retention counts from the last sighting).
    /// </summary>
    public IReadOnlyList<string> PresentKeys { get; init; } = [];

    /// <summary>Gets the outcome of each newly seen item, by key (recorded with it).</summary>
    public IReadOnlyDictionary<string, RecordedOutcome> Outcomes { get; init; } = new Dictionary<string, RecordedOutcome>();
}
