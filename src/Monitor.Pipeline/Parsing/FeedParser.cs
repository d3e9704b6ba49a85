using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;
using Monitor.Pipeline.Matching.Engine;

namespace Monitor.Pipeline.Parsing;

/// <summary>Parses decoded feed text (RSS 0.9x/1.0/2.0, Atom, JSON Feed) with CodeHollow.FeedReader's <c>ReadFromString</c>.</summary>
/// <remarks>
/// Never FeedReader's own download: it ignores status codes and charsets. Order matters:
/// (1) an HTML page is reported as "not a feed" with the feeds it advertises, before any repair could hide it;
/// (2) XML is repaired (<see cref="XmlRepair"/>: DOCTYPE removed, HTML entities, stray ampersands, illegal characters),
/// because FeedReader's <c>XDocument.Parse</c> would otherwise lose the whole feed on one <c>&amp;nbsp;</c>;
/// (3) if the repaired document is still broken, the intact entries are salvaged (<see cref="FeedRecovery"/>).
/// </remarks>
public static class FeedParser
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="FeedParseException"/> with a specific message when it is not a readable feed.</summary>
    public static ParsedFeed Parse(string text) => Parse(text, null);

    /// <summary>Parses <paramref name="text"/> served from <paramref name="documentUri"/> (the base for xml:base and relative links; may be null).</summary>
    public static ParsedFeed Parse(string text, Uri? documentUri)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FeedParseException("parser: the document is empty; check that the URL serves a feed");
        }

        if (HtmlPageDetector.IsHtml(text))
        {
            throw new FeedParseException(HtmlPageDetector.NotAFeedMessage(text, documentUri)) { IsHtmlPage = true };
        }

        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            return JsonFeedParser.Parse(trimmed, documentUri);
        }

        if (!XmlRepair.NeedsRepair(trimmed))
        {
            try
            {
                return Read(trimmed, documentUri, repaired: false, skipped: 0);
            }
            catch (FeedParseException)
            {
                // A stray '<' or a broken element: repair and salvage below.
            }
        }

        var repairedText = XmlRepair.Repair(trimmed, out var changed);
        if (HtmlPageDetector.IsHtml(repairedText))
        {
            throw new FeedParseException(HtmlPageDetector.NotAFeedMessage(trimmed, documentUri)) { IsHtmlPage = true };
        }

        try
        {
            return Read(repairedText, documentUri, changed, 0);
        }
        catch (FeedParseException first)
        {
            var recovered = FeedRecovery.TryRecover(repairedText, out var skipped);
            if (recovered is null)
            {
                throw;
            }

            try
            {
                return Read(recovered, documentUri, repaired: true, skipped);
            }
            catch (FeedParseException)
            {
                throw first;
            }
        }
    }

    private static ParsedFeed Read(string text, Uri? documentUri, bool repaired, int skipped)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text);
        }
        catch (FeedTypeNotSupportedException ex)
        {
            throw new FeedParseException($"parser: not an RSS, Atom or JSON feed ({ex.Message}); check that the URL serves a feed", ex);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or ArgumentException or NullReferenceException)
        {
            throw new FeedParseException($"parser: the feed is broken beyond repair ({ex.Message})", ex);
        }

        var items = feed.Items.Select(i => ParsedItemMapper.Map(i, documentUri)).ToList();
        return new ParsedFeed(ParsedItemMapper.FeedTitle(feed), items)
        {
            TimeToLive = TimeToLive(feed),
            Repaired = repaired,
            SkippedEntries = skipped,
        };
    }

    private static TimeSpan? TimeToLive(Feed feed) =>
        feed.SpecificFeed is CodeHollow.FeedReader.Feeds.Rss20Feed rss && int.TryParse(rss.TTL, System.Globalization.CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(minutes)
            : null;
}
