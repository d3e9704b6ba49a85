namespace Monitor.Pipeline.Matching.Text;

/// <summary>A word or word part in a <see cref="TokenizedText"/>: original span, folded span, word and sentence ordinals.</summary>
/// <param name="Start">Offset in the original text.</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="FoldStart">Offset in <see cref="TokenizedText.Folded"/>.</param>
/// <param name="FoldLength">Length in <see cref="TokenizedText.Folded"/>.</param>
/// <param name="Word">Word ordinal; parts share their word's ordinal.</param>
/// <param name="Sentence">Sentence ordinal.</param>
/// <param name="IsPart">Whether this is a part of a hyphenated or apostrophe word.</param>
internal readonly record struct TokenSpan(int Start, int Length, int FoldStart, int FoldLength, int Word, int Sentence, bool IsPart);
