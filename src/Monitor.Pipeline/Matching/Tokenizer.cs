using System.Text;

namespace Monitor.Pipeline.Matching;

/// <summary>Splits text into words (letters and digits), keeping original positions.</summary>
public static class Tokenizer
{
    /// <summary>Returns the words of <paramref name="text"/> in order.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            sb.Clear();
            while (i < text.Length && IsWordChar(text[i]))
            {
                TextFolding.AppendFolded(text[i], sb);
                i++;
            }

            tokens.Add(new Token(sb.ToString(), start, i - start, tokens.Count));
        }

        return tokens;
    }

    /// <summary>Gets a value indicating whether <paramref name="c"/> belongs to a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
