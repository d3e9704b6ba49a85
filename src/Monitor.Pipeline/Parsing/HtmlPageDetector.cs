using AngleSharp.Html.Parser;
using Monitor.Pipeline.Matching.Engine;

namespace Monitor.Pipeline.Parsing;

/// <summary>Recognises an HTML page served where a feed was expected and lists the feeds it advertises.</summary>
public static class HtmlPageDetector
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml", "text/xml", "application/xml"];

    /// <summary>True when the document's root element is an HTML one (<c>&lt;html&gt;</c>, or <c>&lt;head&gt;</c>/<c>&lt;body&gt;</c> when the page omits it).</summary>
    /// <remarks>
    /// Decided by the root element, never by a DOCTYPE: some CMSs put an XHTML DOCTYPE before a perfectly good <c>&lt;rss&gt;</c>.
    /// The XML declaration, processing instructions, comments and the DOCTYPE (with any internal subset) are skipped.
    /// </remarks>
    public static bool IsHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = RootElementName(text.AsSpan(0, Math.Min(text.Length, 16 * 1024)));
        var colon = root.IndexOf(':');
        var local = colon >= 0 ? root[(colon + 1)..] : root;
        return local.Equals("html", StringComparison.OrdinalIgnoreCase)
            || local.Equals("head", StringComparison.OrdinalIgnoreCase)
            || local.Equals("body", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns the absolute URLs of <c>&lt;link rel="alternate"&gt;</c> feeds the page advertises.</summary>
    public static IReadOnlyList<string> AdvertisedFeeds(string html, Uri? pageUri)
    {
        var document = new HtmlParser().ParseDocument(html);
        var urls = new List<string>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel") ?? string.Empty;
            var type = (link.GetAttribute("type") ?? string.Empty).Trim();
            if (!rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase)
                || !FeedTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var href = link.GetAttribute("href")!.Trim();
            var url = pageUri is not null && Uri.TryCreate(pageUri, href, out var resolved) ? resolved.AbsoluteUri : href;
            if (!urls.Contains(url, StringComparer.Ordinal))
            {
                urls.Add(url);
            }
        }

        return urls;
    }

    /// <summary>The "not a feed" message: what is wrong and which URLs to use instead.</summary>
    public static string NotAFeedMessage(string html, Uri? pageUri)
    {
        var feeds = AdvertisedFeeds(html, pageUri);
        return feeds.Count == 0
            ? "parser: not a feed: the URL serves an HTML page that advertises no feed; find the site's RSS/Atom URL and use that"
            : $"parser: not a feed: the URL serves an HTML page; it advertises {string.Join(", ", feeds)} — use one of these as the feed url";
    }

    /// <summary>The name of the first element of <paramref name="text"/>, or empty when there is none in the scanned prefix.</summary>
    private static ReadOnlySpan<char> RootElementName(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
                continue;
            }

            if (c != '<')
            {
                return [];
            }

            var rest = text[i..];
            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                i = SkipPast(text, i, "?>");
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(text, i, "-->");
            }
            else if (rest.StartsWith("<!", StringComparison.Ordinal))
            {
                i = SkipDeclaration(text, i);
            }
            else
            {
                var name = rest[1..];
                var end = name.IndexOfAny(" \t\r\n/>");
                return end < 0 ? name : name[..end];
            }
        }

        return [];
    }

    private static int SkipPast(ReadOnlySpan<char> text, int start, string terminator)
    {
        var at = text[start..].IndexOf(terminator, StringComparison.Ordinal);
        return at < 0 ? text.Length : start + at + terminator.Length;
    }

    /// <summary>Skips a <c>&lt;!DOCTYPE …&gt;</c> including an internal subset in brackets.</summary>
    private static int SkipDeclaration(ReadOnlySpan<char> text, int start)
    {
        var depth = 0;
        for (var i = start + 2; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case '>' when depth <= 0:
                    return i + 1;
            }
        }

        return text.Length;
    }
}
