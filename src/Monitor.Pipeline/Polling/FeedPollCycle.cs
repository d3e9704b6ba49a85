using Microsoft.Extensions.Logging;
using Monitor.Domain.Alerts;
using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Pipeline.Admin;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Ingestion;
using Monitor.Pipeline.Normalizing;
using Monitor.Pipeline.Routing;
using Monitor.Pipeline.Scheduling;
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
    AdminAlertQueue admin,
    TimeProvider time,
    ILogger<FeedPollCycle> logger,
    IJitterSource? jitterSource = null,
    MonitorMetrics? metrics = null)
{
    private readonly IJitterSource jitter = jitterSource ?? RandomJitterSource.Instance;

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

        // Fetch, decode (BOM → HTTP charset → XML declaration → UTF-8), repair, parse, normalise: the one ingestion path, shared with 'monitor match --feed'.
        var result = await new FeedIngestion(fetcher, time).IngestAsync(feed, new FetchConditions(state.ETag, state.LastModified), cancellationToken);
        var fetched = result.Fetch;

        // The one clock read of a poll: every decision below (dedup, alert times, health, next poll) uses this instant.
        var now = time.GetUtcNow();
        switch (result.Status)
        {
            case FetchStatus.NotModified:
                Log.FeedNotModified(logger, feedId);
                return await SucceedAsync(snapshot, feed, state, fetched, null, new PollReport(feedId, PollOutcome.NotModified, 0, 0, 0, null), now, cancellationToken);
            case FetchStatus.Failed:
                return await FailAsync(snapshot, feed, state, result.FailureKind!.Value, result.Error!, fetched.RetryAfter, now, cancellationToken);
        }

        var ingested = result.Feed!;
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
        var (fresh, toMatch, changed, reasons) = Triage(feed, state, items, seen, now);
        var alerts = MatchAndRoute(snapshot, toMatch, now);
        var fates = Fates(items, reasons, alerts);
        var commit = new PollCommit(feed.Id, fresh, alerts, now)
        {
            ChangedItems = changed,
            PresentKeys = [.. items.Select(i => i.Key)],
            Outcomes = fates.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        };
        await ledger.CommitAsync(commit, cancellationToken);

        var outcomes = new OutcomeCounts();
        foreach (var fate in fates.Values)
        {
            outcomes.Add(fate.Outcome);
            metrics?.ItemEnded(fate.Outcome);
        }

        Log.FeedPolled(logger, feed.Id, items.Count, outcomes[ItemOutcome.Alerted], outcomes[ItemOutcome.NoRuleMatched], outcomes[ItemOutcome.Unchanged],
            outcomes[ItemOutcome.Edited], outcomes[ItemOutcome.BackfillSkipped], outcomes[ItemOutcome.TooOld], alerts.Count);
        var report = new PollReport(feed.Id, PollOutcome.Updated, items.Count, fresh.Count, alerts.Count, null) { Outcomes = outcomes };
        return await SucceedAsync(snapshot, feed, state, fetched, ingested.Parsed.TimeToLive, report, now, cancellationToken);
    }

    // Each item's one outcome, from the ledger's decision and the alerts it produced, with the rules that fired.
    private static Dictionary<string, RecordedOutcome> Fates(List<FeedItem> items, Dictionary<string, DedupReason> reasons, List<Alert> alerts)
    {
        var rulesPerItem = alerts.GroupBy(a => a.Item.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(a => a.Hits).Select(h => h.RuleId).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
        var fates = new Dictionary<string, RecordedOutcome>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var rules = rulesPerItem.GetValueOrDefault(item.Key) ?? [];
            fates[item.Key] = new RecordedOutcome(ItemOutcomeDecider.Decide(reasons[item.Key], rules.Count), rules);
        }

        return fates;
    }

    private (List<FeedItem> Fresh, List<FeedItem> ToMatch, List<FeedItem> Changed, Dictionary<string, DedupReason> Reasons) Triage(
        FeedDefinition feed, FeedState state, List<FeedItem> items, IReadOnlyDictionary<string, SeenItem> seen, DateTimeOffset now)
    {
        // The first successful poll applies the feed's backfill policy; later polls alert every new item.
        var firstPoll = !state.HasBeenPolled;
        var backfill = feed.Backfill ?? BackfillPolicy.Default;
        List<FeedItem> fresh = [], toMatch = [], changed = [];
        var reasons = new Dictionary<string, DedupReason>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var reason = DedupDecider.Decide(item, seen.GetValueOrDefault(item.Key), firstPoll, backfill, feed.MaxAge, now);
            reasons[item.Key] = reason;
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

        return (fresh, toMatch, changed, reasons);
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
