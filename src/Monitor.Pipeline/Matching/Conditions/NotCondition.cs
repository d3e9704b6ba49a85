namespace Monitor.Pipeline.Matching.Conditions;

/// <summary>True when the child is false (<c>none:</c> is <c>NOT any</c>; <c>NOT</c> in a query).</summary>
/// <param name="Inner">The negated condition.</param>
public sealed record NotCondition(RuleCondition Inner) : RuleCondition
{
    /// <inheritdoc/>
    protected override IEnumerable<RuleCondition> Children => [Inner];
}
