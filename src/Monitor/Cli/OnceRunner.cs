using Microsoft.Extensions.DependencyInjection;
using Monitor.Configuration;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Polling;
using Monitor.Workers;

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

        // The same loop as the worker's; another node of a PostgreSQL cluster that is dispatching delivers what this run queued.
        var dispatched = await services.GetRequiredService<OutboxDispatchLoop>().DrainAsync(cancellationToken);

        // What is still queued (rescheduled after a failure or a 429, or left to the dispatching node) waits for the next run.
        var waiting = await services.GetRequiredService<IOutboxAdmin>().CountAsync(OutboxStatus.Pending, cancellationToken);

        var byFeed = reports.ToDictionary(r => r.FeedId, StringComparer.Ordinal);
        var lines = config.Feeds.Where(f => byFeed.ContainsKey(f.Id)).Select(f => FeedLine(f.Id, byFeed[f.Id])).ToList();
        return new OnceSummary(
            reports.Count,
            reports.Count(r => r.Outcome == PollOutcome.Failed),
            reports.Sum(r => r.NewItemCount),
            reports.Sum(r => r.AlertCount),
            dispatched.Delivered,
            waiting,
            dispatched.Dead)
        { FeedLines = lines };
    }

    private static string FeedLine(string feedId, PollReport report) => report.Outcome switch
    {
        PollOutcome.Failed => $"{feedId}: failed · {report.Error}",
        PollOutcome.NotModified => $"{feedId}: not modified",
        _ => report.Outcomes.Describe(feedId),
    };
}
