using Monitor.Domain;

namespace Monitor.Pipeline.Matching.Explain;

/// <summary>A rule with what each of its terms expands to.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Category">The category.</param>
/// <param name="Severity">The base severity.</param>
/// <param name="Terms">Every term, in rule order (escalate/deescalate terms last).</param>
public sealed record RuleExplanation(string RuleId, string Category, Severity Severity, IReadOnlyList<TermExplanation> Terms);
