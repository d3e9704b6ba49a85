using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>A rule with its condition tree resolved to compiled terms.</summary>
internal sealed class CompiledRule
{
    public required int Index { get; init; }

    public required RuleDefinition Definition { get; init; }

    public required RuleCondition Condition { get; init; }

    public required int FieldMask { get; init; }

    /// <summary>Gets the condition tree with resolved leaves (set once every term of the rule is compiled).</summary>
    public EvalNode Node { get; set; } = null!;

    /// <summary>Gets the resolved conditions of <see cref="RuleDefinition.Escalate"/>, in the same order.</summary>
    public EvalNode[] Escalate { get; set; } = [];

    /// <summary>Gets the resolved conditions of <see cref="RuleDefinition.Deescalate"/>, in the same order.</summary>
    public EvalNode[] Deescalate { get; set; } = [];
}
