using Microsoft.Extensions.DependencyInjection;
using Monitor.Configuration;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Polling;

namespace Monitor.Cli;

/// <summary><c>run --once</c>: poll every feed once (a few at a time), then deliver until nothing more is due now.</summary>
internal static class OnceRunner
{
    public static async Task<OnceSummary> RunAsync(IServiceProvider services, MonitorConfig config, CancellationToken cancellationToken)
    {
        var cycle = services.GetRequiredService<FeedPollCycle>();
        var reports = new System.Collections.Concurrent.ConcurrentBag<PollReport>();
        await Parallel.ForEachAsync(
            config.Feeds,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (feed, ct) => reports.Add(await cycle.PollAsync(feed.Id, ct)));

        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        int delivered = 0, retrying = 0, dead = 0;

        // Another node of a PostgreSQL cluster that is dispatching delivers what this run queued.
        var store = services.GetService<Infrastructure.Storage.IMonitorStore>();
        while (store is null || await store.TryLeadDispatchAsync(cancellationToken))
        {
            // Rows that failed are rescheduled into the future, so this ends once only those are left.
            var report = await dispatcher.DispatchDueAsync(cancellationToken);
            delivered += report.Delivered;
            dead += report.Dead;
            retrying = report.Retrying;
            if (report.Delivered == 0 && report.Dead == 0)
            {
                break;
            }
        }

        // What is still queued (rescheduled after a failure or a 429, or left to the dispatching node) waits for the next run.
        var outbox = services.GetService<IOutboxAdmin>();
        if (outbox is not null)
        {
            retrying = (await outbox.ListAsync(OutboxStatus.Pending, 100_000, cancellationToken)).Count;
        }

        var byFeed = reports.ToDictionary(r => r.FeedId, StringComparer.Ordinal);
        var lines = config.Feeds.Where(f => byFeed.ContainsKey(f.Id)).Select(f => FeedLine(f.Id, byFeed[f.Id])).ToList();
        return new OnceSummary(
            reports.Count,
            reports.Count(r => r.Outcome == PollOutcome.Failed),
            reports.Sum(r => r.NewItemCount),
            reports.Sum(r => r.AlertCount),
            delivered,
            retrying,
            dead)
        { FeedLines = lines };
    }

    private static string FeedLine(string feedId, PollReport report) => report.Outcome switch
    {
        PollOutcome.Failed => $"{feedId}: failed · {report.Error}",
        PollOutcome.NotModified => $"{feedId}: not modified",
        _ => report.Outcomes.Describe(feedId),
    };
}
