using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Dedup;

/// <summary>What one poll writes, atomically: the items now seen and the alerts they produced (the outbox rows).</summary>
/// <param name="FeedId">The feed.</param>
/// <param name="SeenItems">New items to record as seen.</param>
/// <param name="Alerts">Alerts to enqueue for delivery.</param>
/// <param name="Now">The commit time.</param>
public sealed record PollCommit(string FeedId, IReadOnlyList<FeedItem> SeenItems, IReadOnlyList<Alert> Alerts, DateTimeOffset Now);
