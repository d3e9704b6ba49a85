using System.Globalization;
using System.Text;

namespace Monitor.Discord.Rendering;

/// <summary>Makes untrusted feed text safe for Discord: no pings, no mention pills, no markdown from the feed, limits respected.</summary>
public static class DiscordText
{
    /// <summary>The zero-width space Discord ignores when looking for mentions.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> UTF-16 units, cutting only between graphemes and ending with "…".</summary>
    /// <remarks>Counting UTF-16 units is never below Discord's own count, so a truncated value always passes validation.</remarks>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var budget = maxLength - 1; // room for the ellipsis
        var end = 0;
        while (end < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, end);
            if (end + next > budget)
            {
                break;
            }

            end += next;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }

    /// <summary>Drops control characters (except new lines), and breaks <c>@everyone</c>, <c>@here</c>, <c>@id</c>, <c>&lt;@…&gt;</c> and <c>&lt;#…&gt;</c> so they neither ping nor render as mentions.</summary>
    public static string Neutralize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t')
            {
                sb.Append(' ');
                continue;
            }

            if (char.IsControl(c) && c != '\n')
            {
                continue;
            }

            sb.Append(c);
            if (c == '<' && i + 1 < text.Length && text[i + 1] is '@' or '#' or ':' or '/')
            {
                sb.Append(ZeroWidthSpace);
            }
            else if (c == '@' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || char.IsAsciiDigit(text[i + 1]) || text[i + 1] is '!' or '&'))
            {
                sb.Append(ZeroWidthSpace);
            }
        }

        return sb.ToString();
    }

    /// <summary>Neutralises mentions and backslash-escapes Discord markdown, so feed text shows literally.</summary>
    public static string Escape(string text)
    {
        var neutral = Neutralize(text);
        var sb = new StringBuilder(neutral.Length + 16);
        var lineStart = true;
        foreach (var c in neutral)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' || (lineStart && c is '>' or '#' or '-' or '+'))
            {
                sb.Append('\\');
            }

            sb.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return sb.ToString();
    }

    /// <summary>Returns <paramref name="text"/>, or a zero-width space when it is blank (Discord rejects empty field names and values).</summary>
    public static string NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? ZeroWidthSpace.ToString() : text;
}
