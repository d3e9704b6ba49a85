namespace Monitor.Pipeline.Matching.Syntax;

/// <summary>What kind of pattern a rule term is (see <see cref="TermParser"/> for the syntax).</summary>
public enum TermKind
{
    /// <summary><c>invasie</c>: the word, its inflections from the lexicon, and compounds it is a part of.</summary>
    Word = 0,

    /// <summary><c>aanval*</c>: any word starting with the prefix.</summary>
    Prefix = 1,

    /// <summary><c>*oorlog</c>: the word or a compound ending in it (the rest must be a lexicon word).</summary>
    Suffix = 2,

    /// <summary><c>"ambassade personeel"</c> or <c>"valt binnen"~3</c>: consecutive words (or within a window), plus closed and hyphenated forms.</summary>
    Phrase = 3,

    /// <summary><c>=NAVO</c>: exactly this word, case-sensitive, no inflections, no compounds (hyphen parts count: NAVO-top).</summary>
    Exact = 4,

    /// <summary><c>/regex/</c>: a .NET regular expression (rule must set <c>allow_regex: true</c>), run with <c>RegexOptions.NonBacktracking</c>.</summary>
    Regex = 5,
}
