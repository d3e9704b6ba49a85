namespace Monitor.Pipeline.Matching.Rules;

/// <summary>A rule test that failed.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Test">The failing test.</param>
/// <param name="Message">What happened instead, e.g. "expected severity critical, got high (de-escalated: …)".</param>
public sealed record RuleTestFailure(string RuleId, RuleTestCase Test, string Message);
