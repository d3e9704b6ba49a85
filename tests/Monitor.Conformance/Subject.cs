using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Pipeline.Normalizing;
using Monitor.Pipeline.Parsing;

namespace Monitor.Conformance;

/// <summary>What Monitor made of one document: the parsed feed and the normalised items, or the error.</summary>
internal sealed record Subject(ParsedFeed? Feed, IReadOnlyList<FeedItem> Items, string? Error)
{
    private static readonly FeedDefinition Feed0 = new("conformance", "https://conformance.invalid/", TimeSpan.FromMinutes(5));

    public static readonly DateTimeOffset FirstSeen = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs decode → repair → parse → normalise, exactly as a poll does.</summary>
    public static Subject Read(byte[] body, string? contentType, Uri? baseUri)
    {
        try
        {
            var ingested = FeedIngestor.Ingest(Feed0, body, contentType, baseUri, FirstSeen);
            return new Subject(ingested.Parsed, ingested.Items, null);
        }
        catch (FeedParseException ex)
        {
            return new Subject(null, [], ex.Message);
        }
    }

    public ParsedItem? Raw(int index) => Feed is not null && index < Feed.Items.Count ? Feed.Items[index] : null;

    public FeedItem? Item(int index) => index < Items.Count ? Items[index] : null;
}
