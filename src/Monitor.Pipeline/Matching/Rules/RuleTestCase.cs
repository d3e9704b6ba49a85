using Monitor.Domain;

namespace Monitor.Pipeline.Matching.Rules;

/// <summary>One <c>tests:</c> entry of a rule: an item text that must (or must not) make the rule fire, optionally at a given severity.</summary>
/// <param name="Title">The test item's title.</param>
/// <param name="Summary">The test item's summary.</param>
/// <param name="Content">The test item's content.</param>
/// <param name="ShouldMatch">Whether the rule must fire (<c>match:</c>) or not (<c>no_match:</c>).</param>
/// <param name="ExpectedSeverity">The severity the hit must have, if given.</param>
public sealed record RuleTestCase(string Title, string Summary, string Content, bool ShouldMatch, Severity? ExpectedSeverity)
{
    /// <summary>Gets the 1-based line of the test in the config file (0 when unknown).</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column of the test in the config file (0 when unknown).</summary>
    public int Column { get; init; }

    /// <summary>Gets a short text for messages: the first non-empty field, shortened.</summary>
    public string Display
    {
        get
        {
            var text = Title.Length > 0 ? Title : Summary.Length > 0 ? Summary : Content;
            return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
        }
    }
}
