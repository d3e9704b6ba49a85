using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Pipeline.Decoding;
using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Normalizing;

/// <summary>The bytes-to-items path after fetching: decode → repair → parse → normalise. Pure; the poll cycle and the benchmark share it.</summary>
public static class FeedIngestor
{
    /// <summary>Reads a fetched body. Throws <see cref="FeedParseException"/> (with a specific message) when it is not a readable feed.</summary>
    /// <param name="feed">The feed (its id and identity rule).</param>
    /// <param name="body">The decompressed body.</param>
    /// <param name="contentType">The HTTP Content-Type (its charset is the second encoding source).</param>
    /// <param name="baseUri">The document's URL after redirects or its Content-Location.</param>
    /// <param name="now">First-seen time for entries without a date.</param>
    public static IngestedFeed Ingest(FeedDefinition feed, ReadOnlySpan<byte> body, string? contentType, Uri? baseUri, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (body.IsEmpty)
        {
            throw new FeedParseException("parser: the server sent an empty body (HTTP 200 with no content); check the feed URL") { IsEmpty = true };
        }

        // Decoding is ours (BOM → HTTP charset → XML declaration → UTF-8); FeedReader only ever sees text.
        var text = FeedDecoder.Decode(body, contentType);
        var parsed = FeedParser.Parse(text.Text, baseUri);
        var items = new List<FeedItem>(parsed.Items.Count);
        foreach (var item in parsed.Items)
        {
            items.Add(ItemNormalizer.Normalize(feed.Id, item, baseUri, now, feed.IdFrom));
        }

        return new IngestedFeed(parsed, items, text.EncodingName);
    }
}
