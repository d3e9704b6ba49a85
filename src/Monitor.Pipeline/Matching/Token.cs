namespace Monitor.Pipeline.Matching;

/// <summary>A word in a text: its folded form and where it stands in the original.</summary>
/// <param name="Folded">The folded word (see <see cref="TextFolding"/>).</param>
/// <param name="Start">Offset of the word's first character in the original text.</param>
/// <param name="Length">Length of the word in the original text.</param>
/// <param name="Index">The word's ordinal in its text (0-based).</param>
public readonly record struct Token(string Folded, int Start, int Length, int Index);
