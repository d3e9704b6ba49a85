using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Feeds;
using Monitor.Infrastructure.Http;
using Monitor.Pipeline.Fetching;
using Monitor.TestKit.Feeds;

namespace Monitor.Infrastructure.Tests.Http;

[Collection(AllocationSensitive.Name)]
public sealed class HttpFeedFetcherTests : IAsyncLifetime
{
    // A fixed clock far from today: every date below (validators, Date, Retry-After, Expires) is read relative to it or to
    // the server's Date header, never to the real day, so the test cannot go stale. 26/27 Nov 2020 were a Thursday/Friday.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2020, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private FeedHttpOptions options = new() { Timeout = TimeSpan.FromSeconds(5), MaxBodyBytes = 1024 * 1024, ContactUrl = "https://example.org/over-monitor" };
    private FeedTestServer server = null!;
    private FeedClientFactory factory = null!;

    public async Task InitializeAsync()
    {
        server = await FeedTestServer.StartAsync();
        factory = new FeedClientFactory(options);
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await server.DisposeAsync();
    }

    private Task<FetchResult> Fetch(string path, FetchConditions? conditions = null) =>
        new HttpFeedFetcher(factory, options, time).FetchAsync(new FeedDefinition("f", server.Url(path).AbsoluteUri, TimeSpan.FromMinutes(5)), conditions ?? FetchConditions.None, default);

    [Fact]
    public async Task FetchAsync_Ok_BodyValidatorsAndHonestUserAgent()
    {
        server.Serve("/a.xml", FeedDocuments.RssBytes(2), etag: "\"v1\"", headers: new Dictionary<string, string> { ["Last-Modified"] = "Thu, 26 Nov 2020 10:00:00 GMT" });
        var result = await Fetch("/a.xml");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(FeedDocuments.RssBytes(2), result.Body.ToArray());
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal("Thu, 26 Nov 2020 10:00:00 GMT", result.LastModified);
        var agent = server.Requests.Single().Headers["User-Agent"];
        Assert.Contains("Monitor/", agent, StringComparison.Ordinal);
        Assert.Contains("https://example.org/over-monitor", agent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_MatchingETag_NotModifiedAndValidatorsSent()
    {
        server.Serve("/a.xml", FeedDocuments.RssBytes(1), etag: "\"v1\"");
        var result = await Fetch("/a.xml", new FetchConditions("\"v1\"", "Thu, 26 Nov 2020 10:00:00 GMT"));
        Assert.Equal(FetchStatus.NotModified, result.Status);
        var headers = server.Requests.Single().Headers;
        Assert.Equal("\"v1\"", headers["If-None-Match"]);
        Assert.Equal("Thu, 26 Nov 2020 10:00:00 GMT", headers["If-Modified-Since"]);
    }

    [Theory]
    [InlineData(404, FetchFailureKind.NotFound)]
    [InlineData(410, FetchFailureKind.Gone)]
    [InlineData(403, FetchFailureKind.Forbidden)]
    [InlineData(500, FetchFailureKind.ServerError)]
    [InlineData(502, FetchFailureKind.ServerError)]
    [InlineData(418, FetchFailureKind.HttpStatus)]
    public async Task FetchAsync_ErrorStatus_ClassifiedWithAdvice(int status, FetchFailureKind kind)
    {
        server.Status("/x", status);
        var result = await Fetch("/x");
        Assert.Equal(kind, result.FailureKind);
        Assert.Contains($"HTTP {status}", result.Error, StringComparison.Ordinal);
        Assert.Equal(status, result.StatusCode);
    }

    [Theory]
    [InlineData(429, "120", 120)]
    [InlineData(503, "30", 30)]
    [InlineData(429, "Fri, 27 Nov 2020 13:00:00 GMT", 3600)]
    public async Task FetchAsync_RetryAfter_DeltaOrDate(int status, string header, int expectedSeconds)
    {
        server.Status("/x", status, new Dictionary<string, string> { ["Retry-After"] = header, ["Date"] = "Fri, 27 Nov 2020 12:00:00 GMT" });
        var result = await Fetch("/x");
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), result.RetryAfter);
    }

    [Theory]
    [InlineData("Cache-Control", "public, max-age=900", 900)]
    [InlineData("Expires", "Fri, 27 Nov 2020 12:30:00 GMT", 1800)]
    public async Task FetchAsync_Freshness_CacheLifetime(string header, string value, int seconds)
    {
        server.Serve("/a.xml", FeedDocuments.RssBytes(1), headers: new Dictionary<string, string> { [header] = value, ["Date"] = "Fri, 27 Nov 2020 12:00:00 GMT" });
        var result = await Fetch("/a.xml");
        Assert.Equal(TimeSpan.FromSeconds(seconds), result.CacheLifetime);
    }

    [Fact]
    public async Task FetchAsync_Redirects_FollowedAndBaseIsFinalUrl()
    {
        server.Serve("/final.xml", FeedDocuments.RssBytes(1));
        server.Redirect("/r1", "/r2");
        server.Redirect("/r2", "/final.xml", 301);
        var result = await Fetch("/r1");
        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(server.Url("/final.xml"), result.BaseUri);
    }

    [Fact]
    public async Task FetchAsync_ContentLocation_BecomesBase()
    {
        server.Serve("/a.xml", FeedDocuments.RssBytes(1), headers: new Dictionary<string, string> { ["Content-Location"] = "/elders/feed.xml" });
        var result = await Fetch("/a.xml");
        Assert.Equal(server.Url("/elders/feed.xml"), result.BaseUri);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_TooManyRedirectsAfterFive()
    {
        server.Redirect("/loop", "/loop");
        var result = await Fetch("/loop");
        Assert.Equal(FetchFailureKind.TooManyRedirects, result.FailureKind);
        Assert.Equal(6, server.RequestCount("/loop"));
    }

    [Fact]
    public async Task FetchAsync_SixRedirects_Refused()
    {
        for (var i = 0; i < 6; i++)
        {
            server.Redirect($"/h{i}", $"/h{i + 1}");
        }

        server.Serve("/h6", FeedDocuments.RssBytes(1));
        Assert.Equal(FetchFailureKind.TooManyRedirects, (await Fetch("/h0")).FailureKind);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task FetchAsync_CompressionBomb_StoppedAtCapAfterDecompression(string encoding)
    {
        server.CompressionBomb("/bomb", 64L * 1024 * 1024, encoding);
        var before = GC.GetTotalAllocatedBytes(precise: false);
        var result = await Fetch("/bomb");
        Assert.Equal(FetchFailureKind.TooLarge, result.FailureKind);
        Assert.True(GC.GetTotalAllocatedBytes(precise: false) - before < 16L * 1024 * 1024, "memory stays bounded by the cap");
    }

    [Fact]
    public async Task FetchAsync_AnnouncedTooLarge_RefusedBeforeReading()
    {
        server.Serve("/big", new byte[2 * 1024 * 1024]);
        var result = await Fetch("/big");
        Assert.Equal(FetchFailureKind.TooLarge, result.FailureKind);
        Assert.Contains("http.max_body", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_EndlessBody_StoppedByCap()
    {
        // The server ends after 8 MB (eight times the cap), so a fetcher without a cap returns Ok and fails this test
        // instead of hanging it; with the fake clock standing still, only the cap can stop the read.
        server.Map("/endless", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            await context.Response.Body.WriteAsync("<rss><channel>"u8.ToArray(), context.RequestAborted);
            for (var i = 0; i < 128 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });

        var result = await Fetch("/endless");

        Assert.Equal(FetchFailureKind.TooLarge, result.FailureKind);
    }

    [Fact]
    public async Task FetchAsync_StalledBody_TimesOutOnTheInjectedClockWhileReadingTheBody()
    {
        _ = server.Stall("/slow", FeedDocuments.RssBytes(1));
        options = options with { Timeout = TimeSpan.FromHours(1) };
        var signal = new BodyReadSignal();
        using var localFactory = new FeedClientFactory(options, signal);
        var feed = new FeedDefinition("f", server.Url("/slow").AbsoluteUri, TimeSpan.FromMinutes(5));

        var fetch = new HttpFeedFetcher(localFactory, options, time).FetchAsync(feed, FetchConditions.None, default);
        await signal.Reading;
        time.Advance(options.Timeout);
        // Only a hang guard: an hour-long timeout on the real clock would trip it; the fake clock ends the fetch at once.
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(FetchFailureKind.Timeout, result.FailureKind);
        Assert.Contains("timed out after 3600 s while reading the body", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ConnectionRefused_NetworkError()
    {
        var result = await new HttpFeedFetcher(factory, options, time).FetchAsync(new FeedDefinition("f", "http://127.0.0.1:9/feed.xml", TimeSpan.FromMinutes(5)), FetchConditions.None, default);
        Assert.True(result.FailureKind is FetchFailureKind.Network or FetchFailureKind.Timeout);
        Assert.StartsWith("fetcher:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_PerHostLimit_NeverMoreThanConfiguredAtOnce()
    {
        options = options with { PerHostConcurrency = 2, Timeout = TimeSpan.FromSeconds(10) };
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var twoArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var peak = 0;
        server.Map("/hold", async context =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            if (now == 2)
            {
                twoArrived.TrySetResult();
            }

            await release.Task;
            Interlocked.Decrement(ref running);
            await context.Response.Body.WriteAsync(FeedDocuments.RssBytes(1));
        });
        using var localFactory = new FeedClientFactory(options);
        var fetcher = new HttpFeedFetcher(localFactory, options, time);
        var feed = new FeedDefinition("f", server.Url("/hold").AbsoluteUri, TimeSpan.FromMinutes(5));
        var fetches = Enumerable.Range(0, 6).Select(_ => fetcher.FetchAsync(feed, FetchConditions.None, default)).ToList();
        await twoArrived.Task;

        release.SetResult();
        var results = await Task.WhenAll(fetches);
        Assert.All(results, r => Assert.Equal(FetchStatus.Ok, r.Status));
        Assert.Equal(2, peak);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
