using Monitor.Domain.Items;

namespace Monitor.Pipeline.Matching.Conditions;

/// <summary>Restricts the inner condition to some fields (<c>in: [title]</c>, <c>title:</c> in a query).</summary>
/// <param name="Fields">The fields searched.</param>
/// <param name="Inner">The scoped condition.</param>
public sealed record FieldCondition(IReadOnlyList<TextField> Fields, RuleCondition Inner) : RuleCondition
{
    /// <inheritdoc/>
    protected override IEnumerable<RuleCondition> Children => [Inner];
}
