namespace Monitor.Pipeline.Matching.Conditions;

/// <summary>True when at least one child is true (<c>any:</c>, <c>OR</c>, a <c>@list</c>).</summary>
/// <param name="Items">The children.</param>
public sealed record AnyCondition(IReadOnlyList<RuleCondition> Items) : RuleCondition
{
    /// <inheritdoc/>
    protected override IEnumerable<RuleCondition> Children => Items;
}
