using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Dedup;

/// <summary>What one poll writes, atomically: the items now seen, the alerts they produced (the outbox rows) and the edits noticed.</summary>
/// <param name="FeedId">The feed.</param>
/// <param name="SeenItems">New items to record as seen.</param>
/// <param name="Alerts">Alerts to enqueue for delivery.</param>
/// <param name="Now">The commit time.</param>
public sealed record PollCommit(string FeedId, IReadOnlyList<FeedItem> SeenItems, IReadOnlyList<Alert> Alerts, DateTimeOffset Now)
{
    /// <summary>Gets items already seen whose title or summary changed: their stored hash is updated and the change recorded.</summary>
    public IReadOnlyList<FeedItem> ChangedItems { get; init; } = [];
}
