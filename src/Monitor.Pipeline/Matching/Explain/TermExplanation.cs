using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Explain;

/// <summary>What one term of a rule matches, for <c>monitor rules explain</c>.</summary>
/// <param name="Term">The term as written.</param>
/// <param name="Kind">The term kind.</param>
/// <param name="Role">Where it is used: <c>match</c>, <c>exclude</c> (under none/NOT), <c>escalate to critical</c>, <c>deescalate to high</c>.</param>
/// <param name="Description">One line saying how it matches.</param>
/// <param name="Forms">The whole-word forms (the word and its inflections from the lexicon; closed and open phrase forms).</param>
/// <param name="Examples">Example compounds or prefixed words from the Dutch word list that it also matches.</param>
public sealed record TermExplanation(string Term, TermKind Kind, string Role, string Description, IReadOnlyList<string> Forms, IReadOnlyList<string> Examples)
{
    /// <summary>Gets the named list the term comes from, or <see langword="null"/>.</summary>
    public string? ListName { get; init; }
}
