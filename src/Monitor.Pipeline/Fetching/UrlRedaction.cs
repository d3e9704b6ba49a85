namespace Monitor.Pipeline.Fetching;

/// <summary>Makes a feed URL safe to show in admin alerts and logs: the query string and the user info go, since either may carry a key or password.</summary>
/// <remarks>
/// Works on the text, not on <see cref="Uri"/>, because a configured URL may hold <c>${…}</c> values that are not valid URL text;
/// delimiters inside such a value belong to it. <c>https://user:pw@host/feed?key=1#top</c> becomes <c>https://host/feed</c>.
/// Pure.
/// </remarks>
public static class UrlRedaction
{
    /// <summary>Returns <paramref name="url"/> without query string (and the fragment after it) and without user info.</summary>
    public static string Redact(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var scheme = IndexOutside(url, 0, c => c == ':');
        var authorityStart = scheme >= 0 && url.AsSpan(scheme).StartsWith("://", StringComparison.Ordinal) ? scheme + 3 : -1;
        var query = IndexOutside(url, 0, c => c == '?');
        var redacted = query < 0 ? url : url[..query];
        if (authorityStart < 0)
        {
            return redacted;
        }

        var authorityEnd = IndexOutside(redacted, authorityStart, c => c is '/' or '#');
        var authority = redacted[authorityStart..(authorityEnd < 0 ? redacted.Length : authorityEnd)];
        var at = LastIndexOutside(authority, '@');
        return at < 0 ? redacted : string.Concat(redacted.AsSpan(0, authorityStart), redacted.AsSpan(authorityStart + at + 1));
    }

    private static int IndexOutside(string text, int start, Func<char, bool> match)
    {
        for (var i = start; i < text.Length; i++)
        {
            var close = PlaceholderEnd(text, i);
            if (close > i)
            {
                i = close;
            }
            else if (match(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOutside(string text, char wanted)
    {
        var found = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var close = PlaceholderEnd(text, i);
            if (close > i)
            {
                i = close;
            }
            else if (text[i] == wanted)
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>Returns the index of the <c>}</c> closing a <c>${…}</c> that starts at <paramref name="at"/>, else -1 (an unclosed one is plain text).</summary>
    private static int PlaceholderEnd(string text, int at) =>
        at + 1 < text.Length && text[at] == '$' && text[at + 1] == '{' ? text.IndexOf('}', at + 2) : -1;
}
