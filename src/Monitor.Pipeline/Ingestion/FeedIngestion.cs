using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Normalizing;
using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Ingestion;

/// <summary>
/// The one path from a feed definition to normalised items: fetch → decode → repair → parse → normalise, with the
/// document's base URI (after redirects) and the feed's <c>id_from</c>. <c>monitor run</c> (through the poll cycle) and
/// <c>monitor match --feed</c> both call it, so they cannot disagree on a feed's items.
/// </summary>
public sealed class FeedIngestion(IFeedFetcher fetcher, TimeProvider time)
{
    /// <summary>Fetches <paramref name="feed"/> (conditionally, with <paramref name="conditions"/>) and reads it. Never throws for the feed's own failure.</summary>
    public async Task<IngestionResult> IngestAsync(FeedDefinition feed, FetchConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var fetched = await fetcher.FetchAsync(feed, conditions, cancellationToken);
        return Read(feed, fetched, time.GetUtcNow());
    }

    /// <summary>Reads a fetch result: pure. A body that is not a readable feed becomes a failure with its kind.</summary>
    /// <param name="feed">The feed (its id and identity rule).</param>
    /// <param name="fetched">What the fetcher returned.</param>
    /// <param name="now">First-seen time for entries without a date.</param>
    public static IngestionResult Read(FeedDefinition feed, FetchResult fetched, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(fetched);
        switch (fetched.Status)
        {
            case FetchStatus.NotModified:
                return new IngestionResult(fetched, null, null, null);
            case FetchStatus.Failed:
                return new IngestionResult(fetched, null, fetched.FailureKind ?? FetchFailureKind.Network, fetched.Error ?? "the fetch failed");
        }

        try
        {
            return new IngestionResult(fetched, FeedIngestor.Ingest(feed, fetched.Body.Span, fetched.ContentType, fetched.BaseUri, now), null, null);
        }
        catch (FeedParseException ex)
        {
            var kind = ex.IsHtmlPage ? FetchFailureKind.NotAFeed : ex.IsEmpty ? FetchFailureKind.EmptyBody : FetchFailureKind.ParseError;
            return new IngestionResult(fetched, null, kind, ex.Message);
        }
    }
}
