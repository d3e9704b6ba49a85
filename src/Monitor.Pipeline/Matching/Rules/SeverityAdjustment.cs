using Monitor.Domain;
using Monitor.Pipeline.Matching.Conditions;

namespace Monitor.Pipeline.Matching.Rules;

/// <summary>An <c>escalate:</c> or <c>deescalate:</c> clause: when <paramref name="Condition"/> holds (within <see cref="Near"/> words of the rule's own matches, in the same sentence, if set), the severity moves to <paramref name="To"/>.</summary>
/// <param name="To">The severity to move to (escalation never lowers, de-escalation never raises).</param>
/// <param name="Condition">The evidence, e.g. hedge or denial words.</param>
public sealed record SeverityAdjustment(Severity To, RuleCondition Condition)
{
    /// <summary>Gets the maximum distance in words between the evidence and a rule match (same field and sentence), or <see langword="null"/> for anywhere in the item.</summary>
    public int? Near { get; init; }
}
