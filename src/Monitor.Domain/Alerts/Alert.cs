using System.Text.Json.Serialization;
using Monitor.Domain.Items;

namespace Monitor.Domain.Alerts;

/// <summary>What goes to one channel about one item: every rule that fired and routes there.</summary>
/// <param name="Id">Deterministic id: the same item, channel and feed always give the same id (see <see cref="AlertId"/>).</param>
/// <param name="ChannelId">The destination channel's id in the config.</param>
/// <param name="Item">The item.</param>
/// <param name="Hits">The rules that fired, most severe first.</param>
/// <param name="CreatedAt">When the alert was created (matching time).</param>
public sealed record Alert(string Id, string ChannelId, FeedItem Item, IReadOnlyList<RuleHit> Hits, DateTimeOffset CreatedAt)
{
    /// <summary>Gets the highest severity among the hits.</summary>
    [JsonIgnore]
    public Severity Severity => Hits.Count == 0 ? Severity.Info : Hits.Max(h => h.Severity);

    /// <summary>Gets the most severe hit (the first one).</summary>
    [JsonIgnore]
    public RuleHit? TopHit => Hits.Count == 0 ? null : Hits[0];
}
