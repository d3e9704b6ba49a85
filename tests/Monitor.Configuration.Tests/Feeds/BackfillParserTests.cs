using Monitor.Configuration;
using Monitor.Domain.Feeds;

namespace Monitor.Configuration.Tests.Feeds;

public sealed class BackfillParserTests
{
    [Theory]
    [InlineData("", "", BackfillMode.Window, 24)]
    [InlineData("backfill: none\n", "", BackfillMode.None, 0)]
    [InlineData("backfill: 7d\n", "", BackfillMode.Window, 168)]
    [InlineData("backfill: none\n", "    backfill: all\n", BackfillMode.All, 0)]
    [InlineData("", "    backfill: 2h\n", BackfillMode.Window, 2)]
    public void Parse_BackfillGlobalAndPerFeed_FeedGetsEffectivePolicy(string global, string perFeed, BackfillMode mode, int windowHours)
    {
        var result = Load(global, perFeed);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var feed = Assert.Single(result.Config!.Feeds);
        Assert.Equal(new BackfillPolicy(mode, TimeSpan.FromHours(windowHours)), feed.Backfill);
    }

    [Theory]
    [InlineData("backfill: soms\n", "", "4:11: backfill 'soms' is not 'none', 'all' or a duration")]
    [InlineData("", "    backfill: -1h\n", "7:15: backfill '-1h' is not 'none', 'all' or a duration")]
    public void Parse_BadBackfill_ReportsPositionAndFix(string global, string perFeed, string expected)
    {
        var result = Load(global, perFeed);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains(expected, StringComparison.Ordinal) && d.ToString().Contains("24h", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StorageRetention_IsReadWithDefaultOf90Days()
    {
        Assert.Equal(TimeSpan.FromDays(90), Load(string.Empty, string.Empty).Config!.Storage.Retention);
        Assert.Equal(TimeSpan.FromDays(30), Load("storage:\n  retention: 30d\n", string.Empty).Config!.Storage.Retention);
    }

    private static ConfigLoadResult Load(string global, string perFeed)
    {
        var yaml = "version: 1\nchannels:\n  crisis: {}\n" + global + "feeds:\n  - id: nos\n    url: https://feeds.example.org/nos.xml\n" + perFeed
            + "rules:\n  - id: r\n    category: test\n    any: [dijk]\n    channels: [crisis]\n";
        return ConfigLoader.Parse(yaml, "monitor.yaml", "/tmp", "/tmp/monitor.yaml", _ => null);
    }
}
