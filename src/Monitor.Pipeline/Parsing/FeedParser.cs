using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;

namespace Monitor.Pipeline.Parsing;

/// <summary>Parses decoded feed text (RSS 0.9x/1.0/2.0, Atom, JSON Feed) with CodeHollow.FeedReader's <c>ReadFromString</c>.</summary>
/// <remarks>Never FeedReader's own download: it ignores status codes and charsets (dependencies.md §A4).</remarks>
public static class FeedParser
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="FeedParseException"/> with a specific message when it is not a readable feed.</summary>
    public static ParsedFeed Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FeedParseException("parser: the document is empty; check that the URL serves a feed");
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text);
        }
        catch (Exception ex) when (ex is XmlException or FeedTypeNotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new FeedParseException($"parser: not a readable RSS, Atom or JSON feed ({ex.Message})", ex);
        }

        var items = feed.Items.Select(Map).ToList();
        return new ParsedFeed(feed.Title, items) { TimeToLive = TimeToLive(feed) };
    }

    private static ParsedItem Map(FeedItem item)
    {
        string? updated = item.SpecificItem is AtomFeedItem atom ? atom.UpdatedDateString : null;
        return new ParsedItem
        {
            Id = item.Id,
            Title = item.Title,
            Summary = item.Description,
            Content = item.Content,
            Link = item.Link,
            PublishedText = item.PublishingDateString,
            UpdatedText = updated,
            Author = item.Author,
            Categories = item.Categories?.ToList() ?? [],
        };
    }

    private static TimeSpan? TimeToLive(Feed feed) =>
        feed.SpecificFeed is Rss20Feed rss && int.TryParse(rss.TTL, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(minutes)
            : null;
}
