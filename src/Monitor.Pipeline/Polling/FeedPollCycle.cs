using Microsoft.Extensions.Logging;
using Monitor.Domain.Alerts;
using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Normalizing;
using Monitor.Pipeline.Parsing;
using Monitor.Pipeline.Routing;
using Monitor.Pipeline.State;
using Monitor.Pipeline.Telemetry;

namespace Monitor.Pipeline.Polling;

/// <summary>One poll of one feed, through every stage up to the outbox. This is the single place that states the stage order.</summary>
/// <remarks>fetch → decode → repair → parse → normalise → dedup → match → route → commit (seen items + outbox rows, one transaction).
/// Health bookkeeping (validators, failures, back-off, admin alerts) is in <c>FeedPollCycle.Health.cs</c>.</remarks>
public sealed partial class FeedPollCycle(
    IPipelineSnapshotSource snapshots,
    IFeedFetcher fetcher,
    IItemLedger ledger,
    IFeedStateStore states,
    AdminNotifier admin,
    TimeProvider time,
    ILogger<FeedPollCycle> logger,
    LedgerOptions? ledgerOptions = null,
    MonitorMetrics? metrics = null)
{
    private readonly TimeSpan retention = (ledgerOptions ?? new LedgerOptions()).Retention;

    /// <summary>Polls <paramref name="feedId"/> once. Never throws for a feed's own failure; the report and the feed's state say what happened.</summary>
    public async Task<PollReport> PollAsync(string feedId, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Current;
        if (!snapshot.Feeds.TryGetValue(feedId, out var feed))
        {
            Log.UnknownFeed(logger, feedId);
            return new PollReport(feedId, PollOutcome.UnknownFeed, 0, 0, 0, null);
        }

        var state = await states.GetAsync(feedId, cancellationToken);
        var fetched = await fetcher.FetchAsync(feed, new FetchConditions(state.ETag, state.LastModified), cancellationToken);
        var now = time.GetUtcNow();
        switch (fetched.Status)
        {
            case FetchStatus.NotModified:
                Log.FeedNotModified(logger, feedId);
                return await SucceedAsync(snapshot, feed, state, fetched, null, new PollReport(feedId, PollOutcome.NotModified, 0, 0, 0, null), cancellationToken);
            case FetchStatus.Failed:
                return await FailAsync(snapshot, feed, state, fetched.FailureKind!.Value, fetched.Error!, fetched.RetryAfter, cancellationToken);
        }

        IngestedFeed ingested;
        try
        {
            // Decode (BOM → HTTP charset → XML declaration → UTF-8), repair, parse, normalise: all pure, see FeedIngestor.
            ingested = FeedIngestor.Ingest(feed, fetched.Body.Span, fetched.ContentType, fetched.BaseUri, now);
        }
        catch (FeedParseException ex)
        {
            var kind = ex.IsHtmlPage ? FetchFailureKind.NotAFeed : ex.IsEmpty ? FetchFailureKind.EmptyBody : FetchFailureKind.ParseError;
            return await FailAsync(snapshot, feed, state, kind, ex.Message, null, cancellationToken);
        }

        if (ingested.Parsed.SkippedEntries > 0)
        {
            Log.EntriesSkipped(logger, feed.Id, ingested.Parsed.SkippedEntries);
        }

        // Older entries first, so alerts are created (and leave) in publication order.
        var items = ingested.Items
            .DistinctBy(i => i.Key, StringComparer.Ordinal)
            .OrderBy(i => i.Published)
            .ToList();
        var seen = await ledger.FindSeenAsync(feed.Id, items.Select(i => i.Key).ToList(), cancellationToken);
        var (fresh, toMatch, changed) = Triage(feed, state, items, seen, now);
        var alerts = MatchAndRoute(snapshot, toMatch, now);
        await ledger.CommitAsync(new PollCommit(feed.Id, fresh, alerts, now) { ChangedItems = changed }, cancellationToken);

        Log.FeedPolled(logger, feed.Id, items.Count, fresh.Count, alerts.Count);
        var report = new PollReport(feed.Id, PollOutcome.Updated, items.Count, fresh.Count, alerts.Count, null);
        return await SucceedAsync(snapshot, feed, state, fetched, ingested.Parsed.TimeToLive, report, cancellationToken);
    }

    private (List<FeedItem> Fresh, List<FeedItem> ToMatch, List<FeedItem> Changed) Triage(
        FeedDefinition feed, FeedState state, List<FeedItem> items, IReadOnlyDictionary<string, SeenItem> seen, DateTimeOffset now)
    {
        // The first successful poll applies the feed's backfill policy; later polls alert every new item.
        var firstPoll = !state.HasBeenPolled;
        var backfill = feed.Backfill ?? BackfillPolicy.Default;
        List<FeedItem> fresh = [], toMatch = [], changed = [];
        foreach (var item in items)
        {
            var reason = DedupDecider.Decide(item, seen.GetValueOrDefault(item.Key), firstPoll, backfill, retention, now);
            metrics?.ItemTriaged(reason);
            if (DedupDecider.Records(reason))
            {
                fresh.Add(item);
            }

            if (DedupDecider.Alerts(reason))
            {
                toMatch.Add(item);
            }
            else if (reason == DedupReason.Changed)
            {
                changed.Add(item);
                Log.ItemChanged(logger, item.Key, feed.Id);
            }
            else if (reason != DedupReason.Unchanged)
            {
                Log.ItemNotAlerted(logger, item.Key, feed.Id, reason.ToString());
            }
        }

        return (fresh, toMatch, changed);
    }

    private List<Alert> MatchAndRoute(PipelineSnapshot snapshot, List<FeedItem> fresh, DateTimeOffset now)
    {
        var alerts = new List<Alert>();
        foreach (var item in fresh)
        {
            var started = time.GetTimestamp();
            var hits = snapshot.Matcher.Match(item);
            metrics?.ItemMatched(hits, time.GetElapsedTime(started));
            foreach (var hit in hits)
            {
                Log.ItemMatched(logger, item.Key, item.FeedId, hit.RuleId, hit.Severity.ToString());
            }

            alerts.AddRange(AlertRouter.Route(item, hits, now));
        }

        return alerts;
    }
}
