using Monitor.Configuration;

namespace Monitor.Configuration.Tests.Feeds;

public sealed class MaxAgeParserTests
{
    [Theory]
    [InlineData("", "", null)]
    [InlineData("max_age: 7d\n", "", 168.0)]
    [InlineData("max_age: 7d\n", "    max_age: 30d\n", 720.0)]
    [InlineData("max_age: 7d\n", "    max_age: off\n", null)]
    [InlineData("", "    max_age: 12h\n", 12.0)]
    public void Parse_GlobalAndPerFeed_FeedGetsEffectiveLimit(string global, string perFeed, double? hours)
    {
        var result = Load(global, perFeed);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var feed = Assert.Single(result.Config!.Feeds);
        Assert.Equal(hours is { } h ? TimeSpan.FromHours(h) : null, feed.MaxAge);
    }

    [Theory]
    [InlineData("max_age: oud\n", "", "4:10: max_age 'oud' is not a duration or 'off'")]
    [InlineData("", "    max_age: 0s\n", "7:14: max_age '0s' is not a duration or 'off'")]
    public void Parse_BadMaxAge_ReportsPositionAndFix(string global, string perFeed, string expected)
    {
        var result = Load(global, perFeed);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains(expected, StringComparison.Ordinal) && d.ToString().Contains("'7d'", StringComparison.Ordinal));
    }

    private static ConfigLoadResult Load(string global, string perFeed)
    {
        var yaml = "version: 1\nchannels:\n  crisis: {}\n" + global + "feeds:\n  - id: nos\n    url: https://feeds.example.org/nos.xml\n" + perFeed
            + "rules:\n  - id: r\n    category: test\n    any: [dijk]\n    channels: [crisis]\n";
        return ConfigLoader.Parse(yaml, "monitor.yaml", "/tmp", "/tmp/monitor.yaml", _ => null);
    }
}
