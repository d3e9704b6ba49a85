using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Routing;

/// <summary>Decides where hits go: one alert per (item, channel), carrying every hit that routes to that channel, most severe first.</summary>
public static class AlertRouter
{
    /// <summary>Routes the hits on one item. Pure.</summary>
    public static IReadOnlyList<Alert> Route(FeedItem item, IReadOnlyList<RuleHit> hits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(hits);
        return hits
            .SelectMany(h => h.Channels.Distinct(StringComparer.Ordinal).Select(c => (Channel: c, Hit: h)))
            .GroupBy(x => x.Channel, StringComparer.Ordinal)
            .Select(g => new Alert(
                AlertId.For(item.FeedId, item.Key, g.Key),
                g.Key,
                item,
                g.Select(x => x.Hit).OrderByDescending(h => h.Severity).ToList(),
                now))
            .ToList();
    }
}
