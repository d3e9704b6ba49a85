using System.Text;
using BenchmarkDotNet.Attributes;
using CodeHollow.FeedReader;
using Monitor.Domain.Feeds;
using Monitor.Infrastructure.Http;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Normalizing;
using Monitor.TestKit.Feeds;

namespace Monitor.Benchmarks.Ingestion;

/// <summary>The whole fetch → decode → repair → parse → normalise path next to FeedReader's <c>ReadFromString</c> alone, on the same bytes.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
public class IngestionPathBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly FeedDefinition feed = new("bench", "https://nieuws.example.org/rss", TimeSpan.FromMinutes(5));
    private byte[] bytes = [];
    private FeedTestServer? server;
    private HttpFeedFetcher? fetcher;
    private FeedDefinition? served;
    private SocketsHttpHandler? handler;

    /// <summary>Gets or sets the number of items in the feed.</summary>
    [Params(20, 1000)]
    public int Items { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        bytes = SyntheticFeeds.Rss(Items);
        server = await FeedTestServer.StartAsync();
        server.Serve("/feed.xml", bytes, "application/rss+xml; charset=utf-8");
        var options = new FeedHttpOptions();
        handler = HttpFeedFetcher.CreateHandler(options);
        fetcher = new HttpFeedFetcher(new SingleHandlerFactory(handler), options, TimeProvider.System);
        served = feed with { Source = server.Url("/feed.xml").AbsoluteUri };
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        handler?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "FeedReader.ReadFromString (UTF-8 decode + parse)")]
    public int FeedReaderOnly() => FeedReader.ReadFromString(Encoding.UTF8.GetString(bytes)).Items.Count;

    [Benchmark(Description = "Monitor decode→repair→parse→normalise")]
    public int IngestOnly() => FeedIngestor.Ingest(feed, bytes, "application/rss+xml; charset=utf-8", new Uri(feed.Source), Now).Items.Count;

    [Benchmark(Description = "Monitor fetch (loopback HTTP)→…→normalise")]
    public async Task<int> FetchAndIngest()
    {
        var fetched = await fetcher!.FetchAsync(served!, FetchConditions.None, default);
        return FeedIngestor.Ingest(served!, fetched.Body.Span, fetched.ContentType, fetched.BaseUri, Now).Items.Count;
    }

    private sealed class SingleHandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
