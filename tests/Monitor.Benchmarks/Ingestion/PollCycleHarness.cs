using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Domain.Feeds;
using Monitor.Infrastructure.Http;
using Monitor.Pipeline.Admin;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Polling;
using Monitor.Pipeline.State;
using Monitor.TestKit.Fakes;
using Monitor.TestKit.Feeds;

namespace Monitor.Benchmarks.Ingestion;

/// <summary>One poll cycle of many feeds against a local server: most answer 304, some carry new items. Prints wall time, CPU time and peak working set.</summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project tests/Monitor.Benchmarks -- ingestion-cycle [--feeds 2000] [--changed 0.1] [--items 30] [--parallel 32]</c>.
/// The real <see cref="FeedPollCycle"/>, <see cref="HttpFeedFetcher"/> and its handler run; state and ledger are in memory
/// (storage is measured by its own suite). The server runs in the same process, so CPU and memory include it (pessimistic).
/// Validators are seeded as if a previous cycle had run, so the peak is the measured cycle's, not a warm-up's.
/// </remarks>
public static class PollCycleHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var feedCount = (int)Arg(args, "--feeds", 2000);
        var changed = Arg(args, "--changed", 0.1);
        var items = (int)Arg(args, "--items", 30);
        var parallel = (int)Arg(args, "--parallel", 32);

        await using var server = await FeedTestServer.StartAsync();
        var options = new FeedHttpOptions { PerHostConcurrency = parallel };
        using var handler = HttpFeedFetcher.CreateHandler(options);
        var factory = new HandlerFactory(handler);
        var store = new InMemoryStore();
        var feeds = new List<FeedDefinition>();
        var changedCount = (int)Math.Round(feedCount * changed);
        for (var i = 0; i < feedCount + 20; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"/f{i}.xml");
            var isChanged = i < changedCount || i >= feedCount;
            server.Serve(path, SyntheticFeeds.Rss(items, seed: isChanged ? i + 1_000_000 : i), etag: isChanged ? "\"v2\"" : "\"v1\"");
            var feed = new FeedDefinition(string.Create(CultureInfo.InvariantCulture, $"f{i}"), server.Url(path).AbsoluteUri, TimeSpan.FromMinutes(5));
            feeds.Add(feed);
            await store.SaveAsync(new FeedState(feed.Id) { ETag = "\"v1\"", LastSuccessAt = DateTimeOffset.UnixEpoch }, default);
        }

        var snapshots = FixedSnapshotSource.Create(feeds);
        var fetcher = new FeedFetcher(new HttpFeedFetcher(factory, options, TimeProvider.System), new FileFeedFetcher(options));
        var cycle = new FeedPollCycle(snapshots, fetcher, store, store, new AdminAlertQueue(store), TimeProvider.System, NullLogger<FeedPollCycle>.Instance);

        // JIT warm-up on 20 extra feeds that are not part of the measured cycle.
        await PollAllAsync(cycle, feeds.Skip(feedCount).ToList(), parallel);
        var measured = feeds.Take(feedCount).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        using var sampling = new CancellationTokenSource();
        var sampler = SamplePeakWorkingSetAsync(sampling.Token);
        var watch = Stopwatch.StartNew();
        var reports = await PollAllAsync(cycle, measured, parallel);
        watch.Stop();
        await sampling.CancelAsync();
        var cyclePeak = await sampler;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"feeds {feedCount}, changed {changedCount} ({items} items each), parallel {parallel}, {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(inv, $"outcomes: {reports.Count(r => r.Outcome == PollOutcome.NotModified)} not modified, {reports.Count(r => r.Outcome == PollOutcome.Updated)} updated, {reports.Count(r => r.Outcome == PollOutcome.Failed)} failed; {reports.Sum(r => r.NewItemCount)} new items"));
        Console.WriteLine(string.Create(inv, $"wall {watch.Elapsed.TotalSeconds:0.00} s, cpu {cpu.TotalSeconds:0.00} s, peak working set during the cycle {cyclePeak / 1024.0 / 1024.0:0} MB (process peak incl. setup {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB), managed heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:0} MB"));
        return reports.Any(r => r.Outcome == PollOutcome.Failed) ? 1 : 0;
    }

    /// <summary>Samples the working set every 10 ms until cancelled; returns the largest value seen.</summary>
    private static async Task<long> SamplePeakWorkingSetAsync(CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        do
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
        }
        while (await WaitAsync(timer, cancellationToken));

        process.Refresh();
        return Math.Max(peak, process.WorkingSet64);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<PollReport[]> PollAllAsync(FeedPollCycle cycle, List<FeedDefinition> feeds, int parallel)
    {
        var reports = new PollReport[feeds.Count];
        await Parallel.ForAsync(0, feeds.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
            reports[i] = await cycle.PollAsync(feeds[i].Id, ct));
        return reports;
    }

    private static double Arg(string[] args, string name, double fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class HandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
