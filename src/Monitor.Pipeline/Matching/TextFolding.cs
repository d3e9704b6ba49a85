using System.Globalization;
using System.Text;

namespace Monitor.Pipeline.Matching;

/// <summary>Folds text for matching: NFKD, combining marks removed, ĳ → ij, lower-case (invariant). <c>Oekraïne</c> and <c>oekraine</c> fold alike.</summary>
public static class TextFolding
{
    /// <summary>Folds one character sequence. The result may differ in length from the input; use <see cref="Tokenizer"/> for positions.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendFolded(c, sb);
        }

        return sb.ToString();
    }

    /// <summary>Appends the folded form of one UTF-16 unit.</summary>
    public static void AppendFolded(char c, StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        if (c < 0x80)
        {
            sb.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(d));
        }
    }
}
