namespace Monitor.Pipeline.Matching.Text;

/// <summary>
/// Splits text into words (letters and digits) with positions and sentence ordinals. Hyphens and apostrophes between
/// letters join a word (<c>NAVO-top</c>, <c>auto's</c>); such a word is returned whole and then part by part.
/// A dot or comma between digits stays inside a number (<c>100.000</c>). A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or a line break.
/// </summary>
public static class Tokenizer
{
    /// <summary>Returns the words of <paramref name="text"/> in order.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokenized = TokenizedText.Of(text);
        var list = new List<Token>(tokenized.Count);
        foreach (var t in tokenized.Tokens)
        {
            list.Add(new Token(tokenized.Folded(t).ToString(), t.Start, t.Length, t.Word) { Sentence = t.Sentence, IsPart = t.IsPart });
        }

        return list;
    }

    /// <summary>Gets a value indicating whether <paramref name="c"/> belongs to a word.</summary>
    public static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || c == '\u00AD' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
