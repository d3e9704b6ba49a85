using Monitor.Domain.Alerts;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Matching;

/// <summary>A compiled rule set: matches one item against every rule.</summary>
public interface IRuleMatcher
{
    /// <summary>Gets the number of rules compiled in.</summary>
    int RuleCount { get; }

    /// <summary>Returns every rule that fires on <paramref name="item"/>, most severe first. Pure: no I/O, no state change.</summary>
    IReadOnlyList<RuleHit> Match(FeedItem item);
}
