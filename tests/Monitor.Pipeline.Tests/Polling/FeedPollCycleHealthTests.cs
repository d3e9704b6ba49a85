using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Admin;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Polling;
using Monitor.TestKit.Fakes;
using Monitor.TestKit.Feeds;

namespace Monitor.Pipeline.Tests.Polling;

public sealed class FeedPollCycleHealthTests
{
    private static readonly FeedDefinition Feed = new("nos", "https://nos.example/rss", TimeSpan.FromMinutes(5)) { Name = "NOS" };
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore store = new();

    private FeedPollCycle Cycle(IFeedFetcher fetcher, string? adminChannel = "beheer")
    {
        var snapshots = FixedSnapshotSource.Create([Feed], adminChannel: adminChannel, failureThreshold: 3);
        return new FeedPollCycle(snapshots, fetcher, store, store, new AdminAlertQueue(store), time, NullLogger<FeedPollCycle>.Instance, jitterSource: new FixedJitterSource());
    }

    private static FetchResult NotFound() => FetchResult.Failed(FetchFailureKind.NotFound, "fetcher: HTTP 404 Not Found: the feed URL does not exist");

    private static FetchResult Rss(int items) => FetchResult.Ok(FeedDocuments.RssBytes(items)) with { ContentType = "application/rss+xml", ETag = "\"v1\"", BaseUri = new Uri(Feed.Source) };

    [Fact]
    public async Task PollAsync_Failures_PersistKindMessageAndBackOff()
    {
        var cycle = Cycle(new ScriptedFetcher().Then(NotFound()).Then(NotFound()));
        var first = await cycle.PollAsync("nos", default);
        time.Advance(TimeSpan.FromMinutes(5));
        var second = await cycle.PollAsync("nos", default);

        var state = await store.GetAsync("nos", default);
        Assert.Equal(2, state.ConsecutiveFailures);
        Assert.Equal("NotFound", state.LastErrorKind);
        Assert.Contains("HTTP 404", state.LastError, StringComparison.Ordinal);
        Assert.Equal(PollOutcome.Failed, first.Outcome);
        Assert.Equal(time.GetUtcNow(), first.NextPollAt);
        Assert.Equal(time.GetUtcNow().AddMinutes(10), second.NextPollAt);
    }

    [Fact]
    public async Task PollAsync_ThresholdReachedThenRecovery_OneAdminAlertEach()
    {
        var fetcher = new ScriptedFetcher().Then(NotFound()).Then(NotFound()).Then(NotFound()).Then(NotFound()).Then(Rss(2));
        var cycle = Cycle(fetcher);
        for (var i = 0; i < 5; i++)
        {
            await cycle.PollAsync("nos", default);
            time.Advance(TimeSpan.FromMinutes(10));
        }

        var admin = store.Commits.Where(c => c.FeedId == AdminAlertQueue.FeedId).SelectMany(c => c.Alerts).ToList();
        Assert.Equal(2, admin.Count);
        Assert.Equal("Feed NOS is failing (NotFound)", admin[0].Item.Title);
        Assert.Contains("failed 3 times in a row. Error: NotFound: fetcher: HTTP 404", admin[0].Item.Summary, StringComparison.Ordinal);
        Assert.Equal("Feed NOS works again", admin[1].Item.Title);
        Assert.Contains("after 4 failed attempts in a row", admin[1].Item.Summary, StringComparison.Ordinal);
        Assert.Equal(["feed-failing:nos:since-never", "feed-recovered:nos:since-never"], admin.Select(a => a.Item.Key));
        Assert.All(admin, a => Assert.Equal("beheer", a.ChannelId));
        Assert.Equal(0, (await store.GetAsync("nos", default)).ConsecutiveFailures);
    }

    [Fact]
    public async Task PollAsync_Success_KeepsValidatorsAndSendsThemNextTime()
    {
        var fetcher = new ScriptedFetcher().Then(Rss(3)).Then(FetchResult.NotModified()).Then(FetchResult.NotModified());
        var cycle = Cycle(fetcher);
        var report = await cycle.PollAsync("nos", default);
        await cycle.PollAsync("nos", default);
        await cycle.PollAsync("nos", default);

        Assert.Equal(3, report.NewItemCount);
        Assert.Null(fetcher.Conditions[0].ETag);
        Assert.Equal("\"v1\"", fetcher.Conditions[1].ETag);
        Assert.Equal("\"v1\"", fetcher.Conditions[2].ETag);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/echt.rss\"></head></html>", "NotAFeed", "https://nos.example/echt.rss")]
    [InlineData("", "EmptyBody", "empty body")]
    [InlineData("\u0001\u0002 geen xml", "ParseError", "parser:")]
    public async Task PollAsync_UnreadableBody_SpecificErrorKind(string body, string kind, string messagePart)
    {
        var result = FetchResult.Ok(System.Text.Encoding.UTF8.GetBytes(body)) with { BaseUri = new Uri(Feed.Source) };
        var report = await Cycle(new ScriptedFetcher().Then(result)).PollAsync("nos", default);
        var state = await store.GetAsync("nos", default);
        Assert.Equal(PollOutcome.Failed, report.Outcome);
        Assert.Equal(kind, state.LastErrorKind);
        Assert.Contains(messagePart, state.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_RetryAfter_LowerBoundOfNextPoll()
    {
        var limited = FetchResult.Failed(FetchFailureKind.RateLimited, "fetcher: HTTP 429") with { RetryAfter = TimeSpan.FromHours(1) };
        var report = await Cycle(new ScriptedFetcher().Then(limited)).PollAsync("nos", default);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromHours(1), report.NextPollAt);
    }
}
