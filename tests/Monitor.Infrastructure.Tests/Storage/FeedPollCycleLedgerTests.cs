using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Polling;
using Monitor.TestKit.Fakes;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>The poll cycle with a real SQLite ledger: backfill on the first poll, no re-alert on later polls, edits recorded.</summary>
public sealed class FeedPollCycleLedgerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly string directory = Path.Combine(Path.GetTempPath(), "monitor-cycle-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTimeProvider time = new(Now);
    private readonly ScriptedFetcher fetcher = new();
    private SqliteStore store = null!;

    public async Task InitializeAsync() => store = await SqliteStore.OpenAsync(Path.Combine(directory, "m.db"), CancellationToken.None);

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("24h", new[] { "recent" })]
    [InlineData("all", new[] { "old", "recent" })]
    [InlineData("none", new string[0])]
    public async Task PollAsync_FirstPoll_AlertsWhatBackfillAllows(string backfill, string[] expectedKeys)
    {
        fetcher.Otherwise = Rss(("old", "Oud bericht over de dijk", Now.AddDays(-3)), ("recent", "Nieuw bericht over de dijk", Now.AddHours(-2)));

        await Cycle(backfill).PollAsync("nos", CancellationToken.None);

        var queued = await store.ListAsync(OutboxStatus.Pending, 10, CancellationToken.None);
        Assert.Equal(expectedKeys, queued.Select(e => e.Alert.Item.Key));
        Assert.Equal(2, (await store.FindSeenAsync("nos", ["old", "recent"], CancellationToken.None)).Count);
    }

    [Fact]
    public async Task PollAsync_SecondPollWithEditAndNewOldItem_AlertsNewItemOnlyAndRecordsEdit()
    {
        var cycle = Cycle("none");
        fetcher.Otherwise = Rss(("a", "Dijk bij Kinderdijk verzwakt", Now.AddHours(-1)));
        await cycle.PollAsync("nos", CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(5));
        fetcher.Otherwise = Rss(("a", "Dijk bij Kinderdijk verzwakt, bewoners geëvacueerd", Now.AddHours(-1)), ("b", "Waterschap sluit kering", Now.AddDays(-3)));
        var report = await cycle.PollAsync("nos", CancellationToken.None);

        Assert.Equal(1, report.AlertCount);
        Assert.Equal(["b"], (await store.ListAsync(OutboxStatus.Pending, 10, CancellationToken.None)).Select(e => e.Alert.Item.Key));
        var change = Assert.Single(await store.ListChangesAsync("nos", 10, CancellationToken.None));
        Assert.Equal("Dijk bij Kinderdijk verzwakt, bewoners geëvacueerd", change.Title);
    }

    private FeedPollCycle Cycle(string backfill)
    {
        var policy = backfill switch { "none" => BackfillPolicy.None, "all" => BackfillPolicy.All, _ => BackfillPolicy.Default };
        var feed = new FeedDefinition("nos", "https://feeds.example.org/nos.xml", TimeSpan.FromMinutes(5)) { Backfill = policy };
        var snapshot = new PipelineSnapshot(
            new Dictionary<string, FeedDefinition> { ["nos"] = feed },
            new Dictionary<string, ChannelDefinition> { ["crisis"] = new("crisis", null) },
            new MatchEverything());
        var snapshots = new FixedSnapshotSource(snapshot);
        return new FeedPollCycle(snapshots, fetcher, store, store, new Monitor.Pipeline.Admin.AdminAlertQueue(store), time, NullLogger<FeedPollCycle>.Instance);
    }

    private sealed class MatchEverything : IRuleMatcher
    {
        public int RuleCount => 1;

        public IReadOnlyList<RuleHit> Match(FeedItem item) => [new RuleHit("alles", "test", Severity.Medium, []) { Channels = ["crisis"] }];
    }

    private static FetchResult Rss(params (string Key, string Title, DateTimeOffset Published)[] items)
    {
        var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>NOS</title><link>https://nos.example.org/</link>");
        foreach (var (key, title, published) in items)
        {
            rss.Append(CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">{key}</guid><title>{title}</title><description>Tekst</description><pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>");
        }

        rss.Append("</channel></rss>");
        return FetchResult.Ok(Encoding.UTF8.GetBytes(rss.ToString())) with { ContentType = "application/rss+xml; charset=utf-8" };
    }
}
