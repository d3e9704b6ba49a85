using System.Text;

namespace Monitor.Pipeline.Normalizing;

/// <summary>The fast path for the HTML most feeds carry: plain tags, quoted attributes, no character references.</summary>
/// <remarks>
/// Accepts only what the HTML5 tokenizer reads in one obvious way: text without <c>&amp;</c> or NUL, and tags of the form
/// <c>&lt;name attr="v" attr='v' attr=v attr&gt;</c>, <c>&lt;name/&gt;</c> and <c>&lt;/name&gt;</c> whose names are ASCII
/// letters, digits, '-' or ':'. A start tag that switches the tokenizer's state or is dropped (script, style, title, …)
/// is left to the tokenizer. Anything else returns false and the tokenizer reads the whole fragment, so the result is
/// always what <see cref="ToPlainText"/> would have produced with the tokenizer alone.
/// </remarks>
public static partial class HtmlText
{
    /// <summary>Writes the visible text of <paramref name="html"/> to <paramref name="sb"/>, already collapsed as <see cref="Collapse"/> would.</summary>
    private static bool TrySimple(string html, StringBuilder sb)
    {
        var i = 0;
        var pendingSpace = false;
        while (i < html.Length)
        {
            var run = html.AsSpan(i).IndexOfAny('<', '&', '\0');
            if (run < 0)
            {
                AppendCollapsed(sb, html.AsSpan(i), ref pendingSpace);
                return true;
            }

            AppendCollapsed(sb, html.AsSpan(i, run), ref pendingSpace);
            i += run;
            if (html[i] != '<' || !TrySimpleTag(html, ref i, out var block))
            {
                return false;
            }

            // A block element separates words: the same as a space in the text.
            pendingSpace |= block && sb.Length > 0;
        }

        return true;
    }

    /// <summary>The <see cref="Collapse"/> rule applied while copying: whitespace runs become one space, control characters vanish.</summary>
    private static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text, ref bool pendingSpace)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }
    }

    /// <summary>Reads the tag at <paramref name="i"/> (a '&lt;'); false when it is not a plain tag. <paramref name="block"/>: it separates words.</summary>
    private static bool TrySimpleTag(string html, ref int i, out bool block)
    {
        block = false;
        var at = i + 1;
        var end = at < html.Length && html[at] == '/';
        if (end)
        {
            at++;
        }

        var nameStart = at;
        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] is '-' or ':'))
        {
            at++;
        }

        // The tokenizer's tag name runs to whitespace, '/' or '>'; any other character makes it a name we do not read here.
        if (at == nameStart || !char.IsAsciiLetter(html[nameStart]) || at >= html.Length || html[at] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
        {
            return false;
        }

        var name = html.AsSpan(nameStart, at - nameStart);
        var selfClosing = false;
        if (!TrySimpleAttributes(html, ref at, ref selfClosing))
        {
            return false;
        }

        if (!end && !selfClosing && (TextModes.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(name) || Dropped.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)))
        {
            return false;
        }

        block = BlockElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
        i = at;
        return true;
    }

    /// <summary>Skips the attributes and the closing '&gt;' or '/&gt;' of a tag whose name ended at <paramref name="at"/>.</summary>
    private static bool TrySimpleAttributes(string html, ref int at, ref bool selfClosing)
    {
        while (at < html.Length)
        {
            var c = html[at];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                at++;
                continue;
            }

            if (c == '>')
            {
                at++;
                return true;
            }

            if (c == '/')
            {
                selfClosing = at + 1 < html.Length && html[at + 1] == '>';
                at += 2;
                return selfClosing;
            }

            // An attribute name, then optionally '=' and a value; it must be followed by whitespace, '/' or '>'.
            var nameStart = at;
            while (at < html.Length && html[at] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '=' or '"' or '\'' or '<' or '\0'))
            {
                at++;
            }

            if (at == nameStart || at >= html.Length)
            {
                return false;
            }

            if (html[at] == '=' && !TrySimpleValue(html, ref at))
            {
                return false;
            }

            if (at >= html.Length || html[at] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Skips '=' and a quoted or unquoted value (references in it do not matter: attribute values are not text).</summary>
    private static bool TrySimpleValue(string html, ref int at)
    {
        at++;
        if (at >= html.Length)
        {
            return false;
        }

        var quote = html[at];
        if (quote is '"' or '\'')
        {
            var close = html.IndexOf(quote, at + 1);
            if (close < 0 || html.AsSpan(at + 1, close - at - 1).Contains('\0'))
            {
                return false;
            }

            at = close + 1;
            return true;
        }

        var start = at;
        while (at < html.Length && html[at] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>'))
        {
            if (html[at] is '"' or '\'' or '<' or '=' or '`' or '\0')
            {
                return false;
            }

            at++;
        }

        return at > start;
    }
}
