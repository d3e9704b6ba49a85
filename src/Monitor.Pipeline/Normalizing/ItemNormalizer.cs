using System.Security.Cryptography;
using System.Text;
using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Normalizing;

/// <summary>Turns a <see cref="ParsedItem"/> into the one <see cref="FeedItem"/> record every later stage uses.</summary>
public static class ItemNormalizer
{
    /// <summary>Normalises one entry with the default identity rule.</summary>
    /// <param name="feedId">The feed's id.</param>
    /// <param name="item">The parsed entry.</param>
    /// <param name="baseUri">The document's URL, for relative links (may be null for local files).</param>
    /// <param name="firstSeen">The time to use when the entry carries no date.</param>
    public static FeedItem Normalize(string feedId, ParsedItem item, Uri? baseUri, DateTimeOffset firstSeen) =>
        Normalize(feedId, item, baseUri, firstSeen, ItemIdentitySource.Guid);

    /// <summary>Normalises one entry.</summary>
    /// <param name="feedId">The feed's id.</param>
    /// <param name="item">The parsed entry.</param>
    /// <param name="baseUri">The document's URL (after redirects, or its Content-Location), for relative links.</param>
    /// <param name="firstSeen">The time to use when the entry carries no date.</param>
    /// <param name="idFrom">What the identity is taken from (the feed's <c>id_from</c>).</param>
    public static FeedItem Normalize(string feedId, ParsedItem item, Uri? baseUri, DateTimeOffset firstSeen, ItemIdentitySource idFrom)
    {
        ArgumentNullException.ThrowIfNull(item);
        var title = HtmlText.ToPlainText(item.Title);
        var summary = HtmlText.ToPlainText(item.Summary);
        var content = HtmlText.ToPlainText(item.Content);
        if (content == summary)
        {
            content = string.Empty;
        }

        // xml:base (already resolved against the document URI by the parser) wins over the document URI.
        var link = LinkCanonicalizer.Resolve(item.Link, item.BaseUri ?? baseUri);
        var published = FeedDates.Parse(item.PublishedText) ?? FeedDates.Parse(item.UpdatedText);
        return new FeedItem(feedId, Identity(item, link, title, summary, idFrom), title, summary, content, link, published ?? firstSeen)
        {
            Author = string.IsNullOrWhiteSpace(item.Author) ? null : HtmlText.ToPlainText(item.Author),
            Categories = item.Categories,
            HasPublishedDate = published is not null,
        };
    }

    /// <summary>Stable identity: guid, else the canonical link, else a hash of title and summary.</summary>
    public static string Identity(ParsedItem item, Uri? link, string title, string summary) =>
        Identity(item, link, title, summary, ItemIdentitySource.Guid);

    /// <summary>Stable identity, starting from <paramref name="idFrom"/> and falling back link → hash.</summary>
    public static string Identity(ParsedItem item, Uri? link, string title, string summary, ItemIdentitySource idFrom)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (idFrom == ItemIdentitySource.Guid && !string.IsNullOrWhiteSpace(item.Id))
        {
            return item.Id.Trim();
        }

        if (idFrom != ItemIdentitySource.Hash && link is not null)
        {
            return link.AbsoluteUri;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + summary));
        return "sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
