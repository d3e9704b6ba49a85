using Monitor.Discord;

namespace Monitor.Configuration.Tests.Delivery;

public sealed class DiscordSectionParserTests
{
    private static ConfigLoadResult Parse(string yaml) =>
        ConfigLoader.Parse(yaml, "monitor.yaml", "/tmp", "/tmp/monitor.yaml", _ => null);

    [Fact]
    public void Parse_DiscordSection_BoundToDiscordOptions()
    {
        var result = Parse("""
            feeds: []
            discord:
              request_timeout: 10s
              channel_message_budget: 20
              invalid_request_pause_ratio: 0.25
              api_base_url: https://discord.example/api/v10
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var discord = result.Config!.Discord;
        Assert.Equal(TimeSpan.FromSeconds(10), discord.RequestTimeout);
        Assert.Equal(20, discord.ChannelMessageBudget);
        Assert.Equal(0.25, discord.InvalidRequestPauseRatio);
        Assert.Equal(new Uri("https://discord.example/api/v10"), discord.ApiBaseUrl);
        Assert.Equal(new DiscordOptions().BanPause, discord.BanPause);
    }

    [Theory]
    [InlineData("channel_message_budget: 31", "discord.channel_message_budget must be from 1 to 30")]
    [InlineData("request_timeout: 5m", "discord.request_timeout must be from 00:00:01 to 00:02:00")]
    [InlineData("invalid_request_pause_ratio: veel", "discord.invalid_request_pause_ratio 'veel' is not a number")]
    [InlineData("api_base_url: ftp://x", "discord.api_base_url 'ftp://x' is not an absolute http(s) URL")]
    public void Parse_BadDiscordValue_ErrorAtTheKey(string line, string message)
    {
        var result = Parse($"feeds: []\ndiscord:\n  {line}\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_UnknownDiscordKey_ErrorWithSuggestion()
    {
        var result = Parse("feeds: []\ndiscord:\n  channel_budget: 10\n");

        var error = Assert.Single(result.Errors);
        Assert.Contains("channel_budget", error.Message, StringComparison.Ordinal);
    }
}
