using Monitor.TestKit;

namespace Monitor.Tests.Cli;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_BundledConfig_PrintsSummaryAndExitsZero()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("check", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("feeds (1):", result.Out, StringComparison.Ordinal);
        Assert.Contains("nieuws-demo", result.Out, StringComparison.Ordinal);
        Assert.Contains("invasie", result.Out, StringComparison.Ordinal);
        Assert.Contains("console (no webhook configured)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MisspelledKeyAndUnknownChannel_NamesFileLineColumnAndFixAndExitsOne()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("monitor.yaml", """
            feeds:
              - id: a
                url: a.xml
                intreval: 5m
            channels:
              crisis: {webhook: "${HOOK}"}
            rules:
              - id: r
                category: c
                any: [invasie]
                channels: [crisus]
            """);

        var result = await CliRunner.RunAsync("check", "--config", config);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{config}:4:5: unknown key 'intreval' in a feed — did you mean 'interval'?", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}:11:16: rule names channel 'crisus', which is not defined under 'channels:' — did you mean 'crisis'?", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 errors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingConfig_ExitsOneWithAHint()
    {
        var result = await CliRunner.RunAsync("check", "--config", "/nope/monitor.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("config file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckDefaults_EffectiveConfig_EveryDefaultShownAndSecretsMasked()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("monitor.yaml", """
            feeds:
              - id: gemeente
                url: https://lezer:wachtwoord@gemeente.example/rss?token=${FEED_TOKEN}
            channels:
              crisis: {webhook: "${HOOK}"}
              bot: {bot_token: "${BOT}", discord_channel: "123456789012345678"}
              stil: {}
            rules:
              - {id: dijk, category: water, any: [dijk], channels: [crisis]}
            http:
              max_redirects: 3
            """);
        var env = new Dictionary<string, string>
        {
            ["FEED_TOKEN"] = "feed-geheim",
            ["HOOK"] = "https://discord.com/api/webhooks/1/webhook-geheim",
            ["BOT"] = "bot-geheim",
        };

        var result = await CliRunner.RunAsync(env, "check", "--defaults", "--config", config);

        Assert.Equal(0, result.ExitCode);
        foreach (var secret in new[] { "feed-geheim", "webhook-geheim", "bot-geheim", "wachtwoord", "lezer" })
        {
            Assert.DoesNotContain(secret, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("url: \"https://***@gemeente.example/rss?***\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("webhook: ***", result.Out, StringComparison.Ordinal);
        Assert.Contains("bot_token: ***", result.Out, StringComparison.Ordinal);
        Assert.Contains("interval: 5m", result.Out, StringComparison.Ordinal);
        Assert.Contains("backfill: 1d", result.Out, StringComparison.Ordinal);
        Assert.Contains("  timeout: 30s", result.Out, StringComparison.Ordinal);
        Assert.Contains("  max_body: 10MB", result.Out, StringComparison.Ordinal);
        Assert.Contains("  max_redirects: 3", result.Out, StringComparison.Ordinal);
        Assert.Contains("  channel_message_budget: 25", result.Out, StringComparison.Ordinal);
        Assert.Contains("  reset_margin: 50ms", result.Out, StringComparison.Ordinal);
        Assert.Contains("  retention: 90d", result.Out, StringComparison.Ordinal);
    }
}
