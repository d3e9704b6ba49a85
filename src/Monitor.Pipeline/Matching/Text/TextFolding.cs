using System.Globalization;
using System.Text;

namespace Monitor.Pipeline.Matching.Text;

/// <summary>
/// Folds text for matching: NFKD, combining marks removed, ĳ → ij, lower-case (invariant), every apostrophe
/// variant (’ ‘ ʼ ` ´) to <c>'</c> and every hyphen or dash variant (‐ ‑ ‒ – — −) to <c>-</c>.
/// <c>Oekraïne</c> and <c>oekraine</c> fold alike; so do <c>auto’s</c> and <c>auto's</c>.
/// </summary>
/// <remarks>ASCII takes a branch-only fast path; other characters are folded once and the result cached per character.</remarks>
public static class TextFolding
{
    private static readonly string?[] Table = new string?[char.MaxValue + 1];

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

    /// <summary>Folds a word the way the lexicon and the tokenizer store it: folded, hyphens removed (<c>NAVO-top</c> → <c>navotop</c>).</summary>
    public static string FoldWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var f = FoldChar(c);
            if (f.Length == 1 && f[0] == '-')
            {
                continue;
            }

            sb.Append(f);
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

        sb.Append(FoldChar(c));
    }

    /// <summary>Returns the folded form of one UTF-16 unit (empty for a combining mark).</summary>
    public static string FoldChar(char c)
    {
        return Table[c] ??= Compute(c);
    }

    /// <summary>Gets a value indicating whether <paramref name="c"/> is an apostrophe variant.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';

    /// <summary>Gets a value indicating whether <paramref name="c"/> is a hyphen or dash variant.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    private static string Compute(char c)
    {
        if (c < 0x80)
        {
            return (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToString();
        }

        if (c == '\u00AD')
        {
            return string.Empty; // soft hyphen: a line-break hint inside one word
        }

        if (IsApostrophe(c))
        {
            return "'";
        }

        if (IsHyphen(c))
        {
            return "-";
        }

        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(d));
        }

        return sb.ToString();
    }
}
