using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Domain;
using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Polling;
using Monitor.TestKit.Fakes;

namespace Monitor.Pipeline.Tests.Polling;

public sealed class FeedPollCycleTests
{
    // Dated two and three hours before the test clock, inside the default 24h backfill window, whatever the clock says.
    private static readonly string Rss = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>t</title>
          <item><guid>1</guid><title>Kabinet vreest Russische invasie</title><link>https://n.example/1</link><pubDate>{Builders.Now.AddHours(-2).ToString("r", System.Globalization.CultureInfo.InvariantCulture)}</pubDate></item>
          <item><guid>2</guid><title>Weerbericht: zon en wolken</title><link>https://n.example/2</link><pubDate>{Builders.Now.AddHours(-3).ToString("r", System.Globalization.CultureInfo.InvariantCulture)}</pubDate></item>
        </channel></rss>
        """;

    private readonly FakeTimeProvider time = new(Builders.Now);
    private readonly InMemoryStore store = new();
    private readonly ScriptedFetcher fetcher = new();
    private readonly FeedDefinition feed = new("nieuws", "https://n.example/rss", TimeSpan.FromMinutes(5));

    private FeedPollCycle CreateSut()
    {
        var rules = RuleEngine.Compile([new RuleDefinition("invasie", "militaire-escalatie", Severity.Critical, ["invasie"], ["crisis"])]);
        var snapshot = new PipelineSnapshot(
            new Dictionary<string, FeedDefinition> { [feed.Id] = feed },
            new Dictionary<string, ChannelDefinition> { ["crisis"] = new("crisis", null) },
            rules);
        var snapshots = new FixedSnapshotSource(snapshot);
        return new FeedPollCycle(snapshots, fetcher, store, store, new Monitor.Pipeline.Admin.AdminAlertQueue(store), time, NullLogger<FeedPollCycle>.Instance);
    }

    [Fact]
    public async Task Poll_NewMatchingItem_QueuesOneAlertAndRecordsSuccess()
    {
        fetcher.Otherwise = FetchResult.Ok(Encoding.UTF8.GetBytes(Rss)) with { ETag = "\"v1\"" };

        var report = await CreateSut().PollAsync("nieuws", default);

        Assert.Equal(PollOutcome.Updated, report.Outcome);
        Assert.Equal((2, 2, 1), (report.ItemCount, report.NewItemCount, report.AlertCount));
        var entry = Assert.Single(store.Outbox);
        Assert.Equal("Kabinet vreest Russische invasie", entry.Alert.Item.Title);
        Assert.Equal("invasie", Assert.Single(entry.Alert.Hits).Matches.Single().Text);
        var state = await store.GetAsync("nieuws", default);
        Assert.Equal("\"v1\"", state.ETag);
        Assert.Equal(Builders.Now, state.LastSuccessAt);
        Assert.Equal(Builders.Now.AddMinutes(5), state.NextPollAt);
    }

    [Fact]
    public async Task Poll_SameItemsAgain_QueuesNothingNew()
    {
        var sut = CreateSut();
        fetcher.Otherwise = FetchResult.Ok(Encoding.UTF8.GetBytes(Rss));
        await sut.PollAsync("nieuws", default);
        fetcher.Otherwise = FetchResult.Ok(Encoding.UTF8.GetBytes(Rss));

        var second = await sut.PollAsync("nieuws", default);

        Assert.Equal(0, second.NewItemCount);
        Assert.Single(store.Outbox);
    }

    [Fact]
    public async Task Poll_FetchFails_RecordsHealthAndBacksOffWithoutThrowing()
    {
        var sut = CreateSut();
        fetcher.Otherwise = FetchResult.Failed(FetchFailureKind.ServerError, "fetcher: HTTP 503 Service Unavailable");
        await sut.PollAsync("nieuws", default);
        fetcher.Otherwise = FetchResult.Failed(FetchFailureKind.ServerError, "fetcher: HTTP 503 Service Unavailable");

        var report = await sut.PollAsync("nieuws", default);

        Assert.Equal(PollOutcome.Failed, report.Outcome);
        var state = await store.GetAsync("nieuws", default);
        Assert.Equal(2, state.ConsecutiveFailures);
        Assert.Equal("ServerError", state.LastErrorKind);
        Assert.InRange(state.NextPollAt!.Value, Builders.Now.AddMinutes(5), Builders.Now.AddMinutes(15));
    }

    [Fact]
    public async Task Poll_NotAFeed_IsAParseErrorNotAnException()
    {
        fetcher.Otherwise = FetchResult.Ok(Encoding.UTF8.GetBytes("<html><body>Sorry</body></html>"));

        var report = await CreateSut().PollAsync("nieuws", default);

        Assert.Equal(PollOutcome.Failed, report.Outcome);
        Assert.StartsWith("parser:", report.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_NotModified_KeepsValidatorsAndResetsFailures()
    {
        var sut = CreateSut();
        fetcher.Otherwise = FetchResult.Ok(Encoding.UTF8.GetBytes(Rss)) with { ETag = "\"v1\"" };
        await sut.PollAsync("nieuws", default);
        fetcher.Otherwise = FetchResult.NotModified();

        var report = await sut.PollAsync("nieuws", default);

        Assert.Equal(PollOutcome.NotModified, report.Outcome);
        Assert.Equal("\"v1\"", fetcher.LastConditions!.ETag);
        Assert.Equal("\"v1\"", (await store.GetAsync("nieuws", default)).ETag);
    }

    [Fact]
    public async Task Poll_FeedRemovedFromConfig_ReportsUnknownFeed()
    {
        var report = await CreateSut().PollAsync("weg", default);

        Assert.Equal(PollOutcome.UnknownFeed, report.Outcome);
        Assert.Null(fetcher.LastConditions);
    }
}
