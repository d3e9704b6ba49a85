using System.Buffers;
using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace Monitor.Pipeline.Parsing;

/// <summary>Fixes what real feeds get wrong before an XML parser sees them. One pass over the text, no regexes on markup.</summary>
/// <remarks>
/// In order of appearance: the DOCTYPE (with any internal subset) is removed, so no DTD is ever processed and no entity is
/// ever expanded (XXE and billion laughs become inert text); HTML named entities (<c>&amp;eacute;</c>, <c>&amp;nbsp;</c>,
/// the full HTML5 table) become their characters; numeric references to C1 controls are read as windows-1252 (as browsers
/// do); references to characters XML forbids are dropped; a stray <c>&amp;</c> or <c>&lt;</c> is escaped; characters XML
/// forbids are removed. Comments, CDATA sections and processing instructions are copied as they are (minus illegal characters).
/// </remarks>
public static class XmlRepair
{
    private static readonly Encoding Windows1252 = CodePagesEncoding();

    /// <summary>Characters XML forbids (C0 controls except tab/CR/LF, U+FFFE/U+FFFF) plus surrogates, which need a pair check.</summary>
    private static readonly string Illegal = IllegalCharacters();

    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("<&" + Illegal);

    private static readonly SearchValues<char> TagSpecial = SearchValues.Create("<>&\"'" + Illegal);

    private static readonly SearchValues<char> IllegalOnly = SearchValues.Create(Illegal);

    /// <summary>The C0 controls XML forbids (every one below U+0020 except tab, LF and CR).</summary>
    private static readonly SearchValues<char> IllegalAscii = SearchValues.Create(Illegal.Where(c => c < ' ').ToArray());

    /// <summary>A cheap scan: true when <paramref name="text"/> has a DOCTYPE, a character XML forbids, or an ampersand that does
    /// not start one of the five XML entities or a numeric reference outside the C1 range. A false answer does not promise
    /// well-formedness (a stray <c>&lt;</c> is only found by parsing), so callers still repair when the parse fails.</summary>
    public static bool NeedsRepair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (HasIllegal(span))
        {
            return true;
        }

        for (var bang = span.IndexOf("<!", StringComparison.Ordinal); bang >= 0; bang = Next(span, bang, "<!"))
        {
            if (span[bang..].StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        for (var at = span.IndexOf('&'); at >= 0; at = NextAmpersand(span, at))
        {
            var rest = span[(at + 1)..];
            if (rest.StartsWith("amp;") || rest.StartsWith("lt;") || rest.StartsWith("gt;") || rest.StartsWith("quot;") || rest.StartsWith("apos;"))
            {
                continue;
            }

            if (!IsCleanNumericReference(rest))
            {
                // Not an XML reference, or &#128;–&#159; (windows-1252 in disguise), or a forbidden character: repair.
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns <paramref name="text"/> repaired; <paramref name="changed"/> says whether anything was altered.</summary>
    public static string Repair(string text, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var run = text.AsSpan(i).IndexOfAny(TextSpecial);
            if (run < 0)
            {
                sb.Append(text.AsSpan(i));
                break;
            }

            sb.Append(text.AsSpan(i, run));
            i += run;
            var c = text[i];
            if (c == '<')
            {
                i = Markup(text, i, sb);
            }
            else if (c == '&')
            {
                i = Reference(text, i, sb);
            }
            else
            {
                AppendLegal(text, ref i, sb);
            }
        }

        var result = sb.ToString();
        changed = !string.Equals(result, text, StringComparison.Ordinal);
        return changed ? result : text;
    }

    private static bool IsCleanNumericReference(ReadOnlySpan<char> rest)
    {
        var semicolon = rest.IndexOf(';');
        if (!rest.StartsWith("#") || semicolon is < 2 or > 9)
        {
            return false;
        }

        var digits = rest[1..semicolon];
        var hex = digits[0] is 'x' or 'X';
        var ok = hex
            ? int.TryParse(digits[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        return ok && code is not (>= 0x80 and <= 0x9F) && IsLegal(code);
    }

    /// <summary>Same answer as <c>IndexOfAny(IllegalOnly) &gt;= 0</c>, in three vectorised passes (a 2,000-character set is not vectorised).</summary>
    private static bool HasIllegal(ReadOnlySpan<char> span) =>
        span.ContainsAny(IllegalAscii) || span.ContainsAnyInRange('\uD800', '\uDFFF') || span.ContainsAnyInRange('\uFFFE', '\uFFFF');

    private static int NextAmpersand(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOf('&');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static int Next(ReadOnlySpan<char> span, int at, string value)
    {
        var next = span[(at + 1)..].IndexOf(value, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static int Markup(string s, int i, StringBuilder sb)
    {
        var rest = s.AsSpan(i);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            return CopyThrough(s, i, "-->", sb);
        }

        if (rest.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            return CopyThrough(s, i, "]]>", sb);
        }

        if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            return SkipDoctype(s, i);
        }

        if (rest.StartsWith("<?", StringComparison.Ordinal))
        {
            return CopyThrough(s, i, "?>", sb);
        }

        if (rest.Length < 2 || !(rest[1] == '/' || rest[1] == '_' || char.IsLetter(rest[1])))
        {
            sb.Append("&lt;");
            return i + 1;
        }

        return Tag(s, i, sb);
    }

    /// <summary>Copies a start or end tag, repairing references inside attribute values.</summary>
    private static int Tag(string s, int i, StringBuilder sb)
    {
        sb.Append('<');
        i++;
        char quote = '\0';
        while (i < s.Length)
        {
            var run = s.AsSpan(i).IndexOfAny(TagSpecial);
            if (run < 0)
            {
                sb.Append(s.AsSpan(i));
                return s.Length;
            }

            sb.Append(s.AsSpan(i, run));
            i += run;
            var c = s[i];
            if (quote == '\0' && c == '>')
            {
                sb.Append('>');
                return i + 1;
            }

            if (quote == '\0' && c == '<')
            {
                // An unterminated tag: let the parser report it where it is.
                return i;
            }

            if (c == '"' || c == '\'')
            {
                quote = quote == '\0' ? c : quote == c ? '\0' : quote;
                sb.Append(c);
                i++;
            }
            else if (c == '&')
            {
                i = Reference(s, i, sb);
            }
            else if (c == '<')
            {
                sb.Append("&lt;");
                i++;
            }
            else
            {
                AppendLegal(s, ref i, sb);
            }
        }

        return i;
    }

    private static int Reference(string s, int i, StringBuilder sb)
    {
        var end = i + 1;
        while (end < s.Length && end - i <= 40 && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '#'))
        {
            end++;
        }

        if (end >= s.Length || s[end] != ';' || end == i + 1)
        {
            sb.Append("&amp;");
            return i + 1;
        }

        var name = s.AsSpan(i + 1, end - i - 1);
        if (name[0] == '#')
        {
            AppendNumeric(name[1..], sb, s.AsSpan(i, end - i + 1));
            return end + 1;
        }

        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            sb.Append(s, i, end - i + 1);
            return end + 1;
        }

        var symbol = HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";"));
        if (symbol is null)
        {
            // Not an entity we know (or one a removed DTD declared): keep it as visible text.
            sb.Append("&amp;");
            return i + 1;
        }

        foreach (var ch in symbol)
        {
            AppendEscaped(ch, sb);
        }

        return end + 1;
    }

    private static void AppendNumeric(ReadOnlySpan<char> digits, StringBuilder sb, ReadOnlySpan<char> original)
    {
        var hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        var ok = hex
            ? int.TryParse(digits[1..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        if (!ok)
        {
            sb.Append("&amp;").Append(original[1..]);
            return;
        }

        if (code is >= 0x80 and <= 0x9F)
        {
            var mapped = Windows1252.GetString([(byte)code]);
            sb.Append(mapped);
            return;
        }

        if (IsLegal(code))
        {
            sb.Append(original);
        }
    }

    private static void AppendEscaped(char ch, StringBuilder sb)
    {
        switch (ch)
        {
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '&': sb.Append("&amp;"); break;
            case '"': sb.Append("&quot;"); break;
            case '\'': sb.Append("&apos;"); break;
            default: sb.Append(ch); break;
        }
    }

    private static int CopyThrough(string s, int i, string terminator, StringBuilder sb)
    {
        var end = s.IndexOf(terminator, i, StringComparison.Ordinal);
        var stop = end < 0 ? s.Length : end + terminator.Length;
        while (i < stop)
        {
            var run = s.AsSpan(i, stop - i).IndexOfAny(IllegalOnly);
            if (run < 0)
            {
                sb.Append(s.AsSpan(i, stop - i));
                break;
            }

            sb.Append(s.AsSpan(i, run));
            i += run;
            AppendLegal(s, ref i, sb);
        }

        return stop;
    }

    private static int SkipDoctype(string s, int i)
    {
        var depth = 0;
        for (var j = i + 9; j < s.Length; j++)
        {
            switch (s[j])
            {
                case '[': depth++; break;
                case ']': depth--; break;
                case '>' when depth <= 0: return j + 1;
            }
        }

        return s.Length;
    }

    private static void AppendLegal(string s, ref int i, StringBuilder sb)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            sb.Append(c).Append(s[i + 1]);
            i += 2;
            return;
        }

        if (IsLegal(c))
        {
            sb.Append(c);
        }

        i++;
    }

    private static bool IsLegal(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private static string IllegalCharacters()
    {
        var sb = new StringBuilder();
        for (var c = 0; c < 0x20; c++)
        {
            if (c is not (0x9 or 0xA or 0xD))
            {
                sb.Append((char)c);
            }
        }

        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            sb.Append((char)c);
        }

        return sb.Append('\uFFFE').Append('\uFFFF').ToString();
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
