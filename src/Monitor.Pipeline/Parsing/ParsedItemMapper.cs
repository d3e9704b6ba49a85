using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace Monitor.Pipeline.Parsing;

/// <summary>Maps FeedReader's items to <see cref="ParsedItem"/>, filling the gaps FeedReader leaves (dependencies.md §A1).</summary>
/// <remarks>Atom: the alternate link and <c>updated</c>; RSS: <c>dc:date</c> and <c>dc:creator</c>; every format: the effective <c>xml:base</c>.</remarks>
internal static class ParsedItemMapper
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static ParsedItem Map(FeedItem item, Uri? documentUri)
    {
        var element = item.SpecificItem?.Element;
        var linkElement = element is null ? null : LinkElement(element);
        var link = item.Link;
        if (item.SpecificItem is AtomFeedItem && linkElement is not null)
        {
            link = linkElement.Attribute("href")?.Value ?? link;
        }

        var (published, updated, author) = item.SpecificItem switch
        {
            AtomFeedItem atom => (atom.PublishedDateString ?? Child(element, "issued") ?? Child(element, "created"), atom.UpdatedDateString ?? Child(element, "modified"), item.Author),
            Rss20FeedItem rss => (rss.PublishingDateString ?? rss.DC?.DateString, null, item.Author ?? rss.DC?.Creator),
            Rss10FeedItem rdf => (rdf.DC?.DateString, null, item.Author ?? rdf.DC?.Creator),
            JsonFeedItem json => (json.DatePublishedString, json.DateModifiedString, item.Author),
            _ => (item.PublishingDateString, (string?)null, item.Author),
        };

        return new ParsedItem
        {
            Id = item.Id,
            Title = item.Title,
            Summary = item.Description,
            Content = item.Content,
            Link = link,
            PublishedText = NullIfBlank(published ?? item.PublishingDateString),
            UpdatedText = NullIfBlank(updated),
            Author = author,
            Categories = item.Categories?.ToList() ?? [],
            BaseUri = element is null ? documentUri : EffectiveBase(linkElement ?? element, documentUri),
        };
    }

    /// <summary>The base URI in force at <paramref name="element"/>: every <c>xml:base</c> from the root down, resolved in turn against the document URI.</summary>
    public static Uri? EffectiveBase(XElement element, Uri? documentUri)
    {
        var bases = element.AncestorsAndSelf().Select(e => e.Attribute(Xml + "base")?.Value).Where(v => v is not null).Reverse();
        var current = documentUri;
        foreach (var value in bases)
        {
            var trimmed = value!.Trim();
            if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            {
                current = absolute;
            }
            else if (current is not null && Uri.TryCreate(current, trimmed, out var resolved))
            {
                current = resolved;
            }
        }

        return current;
    }

    private static XElement? LinkElement(XElement item)
    {
        XElement? first = null;
        foreach (var child in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var rel = child.Attribute("rel")?.Value;
            if (child.Attribute("href") is null)
            {
                return child;
            }

            if (rel is null || rel == "alternate")
            {
                return child;
            }

            first ??= child;
        }

        return first;
    }

    private static string? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
