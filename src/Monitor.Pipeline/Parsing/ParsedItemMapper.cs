using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace Monitor.Pipeline.Parsing;

/// <summary>Maps FeedReader's items to <see cref="ParsedItem"/>, filling the gaps FeedReader leaves.</summary>
/// <remarks>
/// Atom: text constructs read by type (<see cref="AtomText"/>), the alternate link, 0.3's issued/created/modified.
/// RSS/RDF: fallbacks to Dublin Core (title, description, date, creator), dcterms dates, Media RSS and iTunes text,
/// <c>xhtml:body</c>; a permalink guid as the link; <c>rdf:about</c> as the id. Every format: the effective <c>xml:base</c>.
/// </remarks>
internal static class ParsedItemMapper
{
    // XNames are looked up in a global table on every string conversion; these run per entry, so they are resolved once.
    private static readonly XName XmlBase = XNamespace.Xml + "base";
    private static readonly XName Href = "href";
    private static readonly XName Rel = "rel";
    private static readonly XName IsPermaLink = "isPermaLink";

    public static string? FeedTitle(Feed feed)
    {
        var root = feed.SpecificFeed?.Element;
        if (feed.SpecificFeed is AtomFeed)
        {
            return AtomText.AsHtml(AtomText.Child(root, "title")) ?? feed.Title;
        }

        var channel = AtomText.Child(root, "channel") ?? root;
        return Blank(feed.Title) ? AtomText.Child(channel, "title")?.Value ?? feed.Title : feed.Title;
    }

    public static ParsedItem Map(FeedItem item, Uri? documentUri)
    {
        var element = item.SpecificItem?.Element;
        var linkElement = element is null ? null : LinkElement(element);
        var baseUri = element is null ? documentUri : EffectiveBase(linkElement ?? element, documentUri);
        return item.SpecificItem is AtomFeedItem atom
            ? MapAtom(item, atom, element!, linkElement, baseUri)
            : MapRss(item, element, baseUri);
    }

    /// <summary>The base URI in force at <paramref name="element"/>: every <c>xml:base</c> from the root down, resolved in turn against the document URI.</summary>
    public static Uri? EffectiveBase(XElement element, Uri? documentUri)
    {
        if (!HasXmlBase(element))
        {
            return documentUri;
        }

        var bases = element.AncestorsAndSelf().Select(e => e.Attribute(XmlBase)?.Value).Where(v => v is not null).Reverse();
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

    private static ParsedItem MapAtom(FeedItem item, AtomFeedItem atom, XElement element, XElement? linkElement, Uri? baseUri) => new()
    {
        Id = item.Id,
        Title = AtomText.AsHtml(AtomText.Child(element, "title")),
        Summary = AtomText.AsHtml(AtomText.Child(element, "summary")),
        Content = AtomText.AsHtml(AtomText.Child(element, "content")),
        Link = linkElement?.Attribute(Href)?.Value ?? item.Link,
        PublishedText = NullIfBlank(atom.PublishedDateString ?? Text(element, "issued") ?? Text(element, "created")),
        UpdatedText = NullIfBlank(atom.UpdatedDateString ?? Text(element, "modified")),
        Author = item.Author,
        Categories = item.Categories?.ToList() ?? [],
        BaseUri = baseUri,
    };

    private static ParsedItem MapRss(FeedItem item, XElement? element, Uri? baseUri)
    {
        var media = AtomText.Child(element, "group") ?? AtomText.Child(element, "content");
        var guid = AtomText.Child(element, "guid");
        var link = NullIfBlank(item.Link);
        if (link is null && guid is not null && guid.Attribute(IsPermaLink)?.Value != "false" && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out var permalink) && permalink.Scheme is "http" or "https")
        {
            link = permalink.AbsoluteUri;
        }

        var (published, author) = item.SpecificItem switch
        {
            Rss20FeedItem rss => (rss.PublishingDateString ?? rss.DC?.DateString, item.Author ?? rss.DC?.Creator),
            Rss10FeedItem rdf => (rdf.DC?.DateString, item.Author ?? rdf.DC?.Creator),
            _ => (item.PublishingDateString, item.Author),
        };
        var about = About(element);
        var content = NullIfBlank(item.Content);
        var summary = NullIfBlank(item.Description);
        return new ParsedItem
        {
            Id = NullIfBlank(guid?.Value) ?? (item.SpecificItem is Rss10FeedItem ? about : null) ?? (item.SpecificItem is Rss20FeedItem ? null : NullIfBlank(item.Id)),
            Title = NullIfBlank(item.Title) ?? Text(element, "title") ?? Text(media, "title"),
            Summary = summary ?? Text(element, "description") ?? Text(element, "summary") ?? Text(media, "description"),
            Content = (summary is not null && content == summary ? null : content) ?? XhtmlBody(element) ?? Text(element, "fullitem"),
            Link = link,
            PublishedText = NullIfBlank(published) ?? Text(element, "issued") ?? Text(element, "created") ?? Text(element, "date"),
            UpdatedText = Text(element, "modified"),
            Author = author,
            Categories = item.Categories?.ToList() ?? [],
            BaseUri = baseUri,
        };
    }

    private static bool HasXmlBase(XElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Attribute(XmlBase) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string? About(XElement? element)
    {
        for (var attribute = element?.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.Name.LocalName == "about")
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static string? XhtmlBody(XElement? element)
    {
        XElement? body = null;
        for (var node = element?.FirstNode; node is not null && body is null; node = node.NextNode)
        {
            if (node is XElement { Name.LocalName: "body", Name.NamespaceName: "http://www.w3.org/1999/xhtml" or "" } candidate)
            {
                body = candidate;
            }
        }

        return body is null ? null : string.Concat(body.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
    }

    private static XElement? LinkElement(XElement item)
    {
        XElement? first = null;
        for (var node = item.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is not XElement { Name.LocalName: "link" } child)
            {
                continue;
            }

            var rel = child.Attribute(Rel)?.Value;
            if (child.Attribute(Href) is null || rel is null || rel == "alternate")
            {
                return child;
            }

            first ??= child;
        }

        return first;
    }

    private static string? Text(XElement? element, string localName) => NullIfBlank(AtomText.Child(element, localName)?.Value);

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
