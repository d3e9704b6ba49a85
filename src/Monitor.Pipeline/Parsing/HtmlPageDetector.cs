using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Monitor.Pipeline.Matching.Engine;

namespace Monitor.Pipeline.Parsing;

/// <summary>Recognises an HTML page served where a feed was expected and lists the feeds it advertises.</summary>
public static partial class HtmlPageDetector
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml", "text/xml", "application/xml"];

    /// <summary>True when the document's first element is <c>&lt;html&gt;</c> or it starts with an HTML doctype.</summary>
    public static bool IsHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, 4096)));
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

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();
}
