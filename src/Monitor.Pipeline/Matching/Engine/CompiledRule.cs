namespace Monitor.Pipeline.Matching;

/// <summary>A rule with its condition tree resolved to compiled terms.</summary>
internal sealed class CompiledRule
{
    public required int Index { get; init; }

    public required RuleDefinition Definition { get; init; }

    public required RuleCondition Condition { get; init; }

    public required int FieldMask { get; init; }
}
