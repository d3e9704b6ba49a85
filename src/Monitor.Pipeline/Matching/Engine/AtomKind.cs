namespace Monitor.Pipeline.Matching.Engine;

/// <summary>How an <see cref="Atom"/> matches one word.</summary>
internal enum AtomKind
{
    /// <summary>A form of the word, or (when compounds are on) a compound containing a form.</summary>
    Word,

    /// <summary>A word starting with the key.</summary>
    Prefix,

    /// <summary>A form of the word, or a compound ending in a form.</summary>
    Suffix,

    /// <summary>The folded key, then the original text compared case-sensitively.</summary>
    Exact,

    /// <summary>A form of one word of a phrase (no compounds).</summary>
    PhraseWord,
}
