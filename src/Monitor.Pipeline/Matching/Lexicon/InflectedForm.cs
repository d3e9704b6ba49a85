namespace Monitor.Pipeline.Matching.Lexicon;

/// <summary>One accepted form of a term and the spelling rule that produced it (shown by <c>monitor rules explain</c>).</summary>
/// <param name="Form">The folded form.</param>
/// <param name="Rule">The rule, e.g. <c>plural -en, consonant doubled after a short vowel</c>; <c>the word itself</c> for the term.</param>
public readonly record struct InflectedForm(string Form, string Rule);
