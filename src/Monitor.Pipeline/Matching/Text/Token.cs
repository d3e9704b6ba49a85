namespace Monitor.Pipeline.Matching.Text;

/// <summary>A word in a text: its folded form and where it stands in the original.</summary>
/// <param name="Folded">The folded word (see <see cref="TextFolding"/>), hyphens removed: <c>NAVO-top</c> → <c>navotop</c>.</param>
/// <param name="Start">Offset of the word's first character in the original text.</param>
/// <param name="Length">Length of the word in the original text.</param>
/// <param name="Index">The word's ordinal in its text (0-based); the parts of a hyphenated word share their word's index.</param>
public readonly record struct Token(string Folded, int Start, int Length, int Index)
{
    /// <summary>Gets the ordinal of the sentence the word is in (0-based). A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or a line break.</summary>
    public int Sentence { get; init; }

    /// <summary>Gets a value indicating whether this is one part of a hyphenated or apostrophe word (<c>NAVO</c> in <c>NAVO-top</c>), listed after the whole word.</summary>
    public bool IsPart { get; init; }
}
