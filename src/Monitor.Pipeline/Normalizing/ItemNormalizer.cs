using System.Security.Cryptography;
using System.Text;
using Monitor.Domain.Items;
using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Normalizing;

/// <summary>Turns a <see cref="ParsedItem"/> into the one <see cref="FeedItem"/> record every later stage uses.</summary>
public static class ItemNormalizer
{
    /// <summary>Normalises one entry.</summary>
    /// <param name="feedId">The feed's id.</param>
    /// <param name="item">The parsed entry.</param>
    /// <param name="baseUri">The document's URL, for relative links (may be null for local files).</param>
    /// <param name="firstSeen">The time to use when the entry carries no date.</param>
    public static FeedItem Normalize(string feedId, ParsedItem item, Uri? baseUri, DateTimeOffset firstSeen)
    {
        ArgumentNullException.ThrowIfNull(item);
        var title = HtmlText.ToPlainText(item.Title);
        var summary = HtmlText.ToPlainText(item.Summary);
        var content = HtmlText.ToPlainText(item.Content);
        if (content == summary)
        {
            content = string.Empty;
        }

        var link = ResolveLink(item.Link, baseUri);
        var published = FeedDates.Parse(item.PublishedText) ?? FeedDates.Parse(item.UpdatedText);
        return new FeedItem(feedId, Identity(item, link, title, summary), title, summary, content, link, published ?? firstSeen)
        {
            Author = string.IsNullOrWhiteSpace(item.Author) ? null : HtmlText.ToPlainText(item.Author),
            Categories = item.Categories,
            HasPublishedDate = published is not null,
        };
    }

    /// <summary>Stable identity: guid, else the link, else a hash of title and summary.</summary>
    public static string Identity(ParsedItem item, Uri? link, string title, string summary)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!string.IsNullOrWhiteSpace(item.Id))
        {
            return item.Id.Trim();
        }

        if (link is not null)
        {
            return link.AbsoluteUri;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + summary));
        return "sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static Uri? ResolveLink(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute;
        }

        return baseUri is not null && baseUri.IsAbsoluteUri && Uri.TryCreate(baseUri, link, out var resolved) ? resolved : null;
    }
}
