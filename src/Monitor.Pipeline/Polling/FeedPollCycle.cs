using Microsoft.Extensions.Logging;
using Monitor.Domain.Alerts;
using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Pipeline.Decoding;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Normalizing;
using Monitor.Pipeline.Parsing;
using Monitor.Pipeline.Routing;
using Monitor.Pipeline.Scheduling;
using Monitor.Pipeline.State;

namespace Monitor.Pipeline.Polling;

/// <summary>One poll of one feed, through every stage up to the outbox. This is the single place that states the stage order.</summary>
/// <remarks>fetch → decode → parse → normalise → dedup → match → route → commit (seen items + outbox rows, one transaction).</remarks>
public sealed class FeedPollCycle(
    IPipelineSnapshotSource snapshots,
    IFeedFetcher fetcher,
    IItemLedger ledger,
    IFeedStateStore states,
    TimeProvider time,
    ILogger<FeedPollCycle> logger,
    LedgerOptions? ledgerOptions = null)
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
                return await SucceedAsync(feed, state, fetched, null, new PollReport(feedId, PollOutcome.NotModified, 0, 0, 0, null), cancellationToken);
            case FetchStatus.Failed:
                return await FailAsync(feed, state, fetched.FailureKind!.Value, fetched.Error!, fetched.RetryAfter, cancellationToken);
        }

        ParsedFeed parsed;
        try
        {
            // Decoding is ours (BOM → HTTP charset → XML declaration → UTF-8); FeedReader only sees text.
            var text = FeedDecoder.Decode(fetched.Body.Span, fetched.ContentType).Text;
            parsed = FeedParser.Parse(text);
        }
        catch (FeedParseException ex)
        {
            return await FailAsync(feed, state, ex.IsHtmlPage ? FetchFailureKind.NotAFeed : FetchFailureKind.ParseError, ex.Message, null, cancellationToken);
        }

        // Older entries first, so alerts are created (and leave) in publication order.
        var items = parsed.Items
            .Select(i => ItemNormalizer.Normalize(feed.Id, i, fetched.BaseUri, now))
            .DistinctBy(i => i.Key, StringComparer.Ordinal)
            .OrderBy(i => i.Published)
            .ToList();
        var seen = await ledger.FindSeenAsync(feed.Id, items.Select(i => i.Key).ToList(), cancellationToken);
        var (fresh, toMatch, changed) = Triage(feed, state, items, seen, now);
        var alerts = MatchAndRoute(snapshot, toMatch, now);
        await ledger.CommitAsync(new PollCommit(feed.Id, fresh, alerts, now) { ChangedItems = changed }, cancellationToken);

        Log.FeedPolled(logger, feed.Id, items.Count, fresh.Count, alerts.Count);
        var report = new PollReport(feed.Id, PollOutcome.Updated, items.Count, fresh.Count, alerts.Count, null);
        return await SucceedAsync(feed, state, fetched, parsed.TimeToLive, report, cancellationToken);
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
            var hits = snapshot.Matcher.Match(item);
            foreach (var hit in hits)
            {
                Log.ItemMatched(logger, item.Key, item.FeedId, hit.RuleId, hit.Severity.ToString());
            }

            alerts.AddRange(AlertRouter.Route(item, hits, now));
        }

        return alerts;
    }

    private async Task<PollReport> SucceedAsync(FeedDefinition feed, FeedState state, FetchResult fetched, TimeSpan? ttl, PollReport report, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hint = Max(fetched.CacheLifetime, ttl);
        var next = PollScheduler.AfterSuccess(feed.Interval, hint, now);
        await states.SaveAsync(
            state with
            {
                ETag = fetched.ETag ?? (fetched.Status == FetchStatus.NotModified ? state.ETag : null),
                LastModified = fetched.LastModified ?? (fetched.Status == FetchStatus.NotModified ? state.LastModified : null),
                ConsecutiveFailures = 0,
                LastSuccessAt = now,
                NextPollAt = next,
            },
            cancellationToken);
        return report with { NextPollAt = next };
    }

    private async Task<PollReport> FailAsync(FeedDefinition feed, FeedState state, FetchFailureKind kind, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var failures = state.ConsecutiveFailures + 1;
        var next = PollScheduler.AfterFailure(feed.Interval, failures, retryAfter, now);
        Log.FeedFailed(logger, feed.Id, kind.ToString(), failures, error, next);
        await states.SaveAsync(
            state with
            {
                ConsecutiveFailures = failures,
                LastErrorKind = kind.ToString(),
                LastError = error,
                LastErrorAt = now,
                NextPollAt = next,
            },
            cancellationToken);
        return new PollReport(feed.Id, PollOutcome.Failed, 0, 0, 0, next) { Error = error };
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
