namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>One parsed rule term.</summary>
/// <param name="Kind">The pattern kind.</param>
/// <param name="Written">The term as the rule wrote it (shown in explanations and <see cref="Domain.Alerts.TermMatch.Term"/>).</param>
/// <param name="Words">The folded words: one for word/prefix/suffix terms (without <c>*</c>), the phrase's words, or the exact word as written (not folded) for <see cref="TermKind.Exact"/>.</param>
public sealed record TermSpec(TermKind Kind, string Written, IReadOnlyList<string> Words)
{
    /// <summary>Gets the proximity window of a phrase (<c>"a b"~N</c>): every word within N extra words, any order; 0 means the words stand next to each other in order.</summary>
    public int Slop { get; init; }

    /// <summary>Gets the regular expression pattern of a <see cref="TermKind.Regex"/> term.</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets a value indicating whether the word may also match as part of a compound (off for a quoted single word).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Compounds { get; init; } = true;

    /// <summary>Gets the language the rule or group gave the term (<c>language: nl|en</c>); <see langword="null"/> means the language of the list that holds the word, or the rule's.</summary>
    public TermLanguage? Language { get; init; }
}
