using System.Text.Json;
using Monitor.TestKit;

namespace Monitor.Tests.Cli;

public sealed class MatchCommandTests
{
    [Fact]
    public async Task Match_TextJson_PrintsOneObjectPerAlertWithTheContractFields()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("match", "--config", config, "--json", "--text", "Analisten vrezen een INVASIE; de inval kan elk moment beginnen.");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("invasie", root.GetProperty("rule").GetString());
        Assert.Equal("militaire-escalatie", root.GetProperty("category").GetString());
        Assert.Equal("critical", root.GetProperty("severity").GetString());
        Assert.Equal(["INVASIE", "inval"], root.GetProperty("matches").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Analisten vrezen een **INVASIE**; de **inval** kan elk moment beginnen.", root.GetProperty("snippet").GetString());
        foreach (var field in new[] { "item", "title", "link" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Match_DiacriticsDiffer_StillMatches()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("monitor.yaml", """
            feeds: []
            channels: {c: {}}
            rules:
              - {id: oekraine, category: geo, severity: low, any: [Oekraine], channels: [c]}
            """);

        var result = await CliRunner.RunAsync("match", "--config", config, "--json", "--text", "Steun voor Oekraïne groeit.");

        Assert.Contains("\"matches\":[\"Oekraïne\"]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_Feed_MatchesEveryItemWithoutChangingState()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("match", "--config", config, "--feed", Path.Combine(dir.Path, "samples", "nieuws.xml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("rule invasie", result.Out, StringComparison.Ordinal);
        Assert.Contains("rule ambassadepersoneel", result.Out, StringComparison.Ordinal);
        Assert.Contains("  snippet: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("**ambassadepersoneel**", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")), "match must not create or touch the database");
    }

    [Fact]
    public async Task Match_NoInput_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("match", "--json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("exactly one of --text, --file or --feed", result.Error, StringComparison.Ordinal);
    }
}
