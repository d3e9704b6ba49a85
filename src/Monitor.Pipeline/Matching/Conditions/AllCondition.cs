namespace Monitor.Pipeline.Matching.Conditions;

/// <summary>True when every child is true (<c>all:</c>, <c>AND</c>, the parts of a rule).</summary>
/// <param name="Items">The children.</param>
public sealed record AllCondition(IReadOnlyList<RuleCondition> Items) : RuleCondition
{
    /// <inheritdoc/>
    protected override IEnumerable<RuleCondition> Children => Items;
}
