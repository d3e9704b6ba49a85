using System.Text.Json;
using Monitor.TestKit;

namespace Monitor.Tests.Cli;

public sealed class DiscordPreviewPrinterTests
{
    [Fact]
    public async Task Match_Discord_PrintsTheExactPayloadPerChannel()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("monitor.yaml", """
            feeds: []
            channels:
              nieuws: {}
            rules:
              - {id: water, category: veiligheid, severity: high, any: [dijkdoorbraak], channels: [nieuws]}
            """);

        var result = await CliRunner.RunAsync("match", "--config", config, "--discord", "--json", "--title", "Alarm @everyone", "--text", "Een dijkdoorbraak bij *Venlo* dreigt.");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = Assert.Single(root.GetProperty("embeds").EnumerateArray());
        Assert.Contains("**dijkdoorbraak**", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(@"\*Venlo\*", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
