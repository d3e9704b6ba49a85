using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;

namespace Monitor.TestKit.Fakes;

/// <summary>A matcher without rules (cheaper than compiling an empty engine, which loads the lexicons).</summary>
public sealed class NoRules : IRuleMatcher
{
    /// <inheritdoc/>
    public int RuleCount => 0;

    /// <inheritdoc/>
    public IReadOnlyList<RuleHit> Match(FeedItem item) => [];
}
