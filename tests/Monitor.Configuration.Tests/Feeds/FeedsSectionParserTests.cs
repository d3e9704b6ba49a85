using Monitor.Configuration;
using Monitor.Domain.Feeds;

namespace Monitor.Configuration.Tests.Feeds;

public sealed class FeedsSectionParserTests
{
    private static ConfigLoadResult Parse(string yaml) =>
        ConfigLoader.Parse(yaml, "monitor.yaml", "/tmp", "/tmp/monitor.yaml", _ => null);

    [Theory]
    [InlineData("guid", ItemIdentitySource.Guid)]
    [InlineData("link", ItemIdentitySource.Link)]
    [InlineData("hash", ItemIdentitySource.Hash)]
    public void Parse_IdFrom_Read(string value, ItemIdentitySource expected)
    {
        var result = Parse($"feeds:\n  - id: nos\n    url: https://nos.example/rss\n    id_from: {value}\n");
        Assert.Equal(expected, result.Config!.Feeds[0].IdFrom);
    }

    [Fact]
    public void Parse_IdFromUnknown_ErrorNamesTheChoices()
    {
        var result = Parse("feeds:\n  - id: nos\n    url: https://nos.example/rss\n    id_from: titel\n");
        var error = Assert.Single(result.Errors);
        Assert.Contains("guid, link, hash", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }
}
