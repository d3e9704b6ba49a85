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

    /// <summary>Gets the language whose rules and word list gave the forms and compound parts (<see langword="null"/> for regex terms).</summary>
    public TermLanguage? Language { get; init; }

    /// <summary>Gets, per form in <see cref="Forms"/>, the rule that produced it (<c>plural -en, consonant doubled after a short vowel</c>, <c>open compound</c>, …).</summary>
    public IReadOnlyDictionary<string, string> FormRules { get; init; } = new Dictionary<string, string>();
}
