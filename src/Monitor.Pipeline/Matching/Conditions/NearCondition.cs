namespace Monitor.Pipeline.Matching.Conditions;

/// <summary>True when a match of <paramref name="Left"/> and one of <paramref name="Right"/> are at most <paramref name="Distance"/> words apart in the same field, in either order (<c>A NEAR/N B</c>).</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Distance">Maximum distance in words (1 = adjacent).</param>
public sealed record NearCondition(RuleCondition Left, RuleCondition Right, int Distance) : RuleCondition
{
    /// <inheritdoc/>
    protected override IEnumerable<RuleCondition> Children => [Left, Right];
}
