using System.Text;
using System.Text.Json;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Delivery;
using Monitor.TestKit;
using Monitor.TestKit.Feeds;

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

    [Theory]
    [InlineData("by the feed's id", "gemeente")]
    [InlineData("by the feed's url", "{url}")]
    public async Task MatchFeed_ConfiguredFeed_SameItemsAsThePollPath(string name, string feedArgument)
    {
        // Relative links resolve against the URL after the redirect; id_from: link makes the link the identity, not the guid.
        await using var server = await FeedTestServer.StartAsync();
        server.Redirect("/feed", "/nieuws/rss.xml");
        server.Serve("/nieuws/rss.xml", Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>Gemeente</title>
            <item><title>Dijk bij Lith verzwakt</title><guid isPermaLink="false">sessie-81</guid><link>artikel/lith</link></item>
            <item><title>Dijk bij Culemborg lekt</title><guid isPermaLink="false">sessie-82</guid><link>/nieuws/artikel/culemborg</link></item>
            </channel></rss>
            """));
        using var dir = new TempDirectory();
        var url = server.Url("/feed").AbsoluteUri;
        var config = dir.Write("monitor.yaml", $"""
            feeds:
              - id: gemeente
                url: {url}
                id_from: link
                backfill: all
            channels:
              water: {"{}"}
            rules:
              - id: dijk
                category: water
                any: [dijk]
                channels: [water]
            storage:
              path: data/monitor.db
            """);

        var match = await CliRunner.RunAsync("match", "--config", config, "--json", "--feed", feedArgument.Replace("{url}", url, StringComparison.Ordinal));
        var run = await CliRunner.RunAsync("run", "--once", "--config", config);

        Assert.True(match.ExitCode == 0, name + ": " + match.Error);
        Assert.Equal(0, run.ExitCode);
        var matched = match.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("feed").GetString(), e.GetProperty("item").GetString(), e.GetProperty("link").GetString()))
            .Order()
            .ToList();
        await using var store = await SqliteStore.OpenAsync(Path.Combine(dir.Path, "data", "monitor.db"), default);
        var polled = (await store.ListAsync(OutboxStatus.Sent, 10, default))
            .Select(e => ((string?)e.Alert.Item.FeedId, (string?)e.Alert.Item.Key, e.Alert.Item.Link?.AbsoluteUri))
            .Order()
            .ToList();
        Assert.Equal(2, matched.Count);
        Assert.Equal(polled, matched);
        var baseUri = server.Url("/nieuws/").AbsoluteUri;
        Assert.Contains(matched, m => m.Item3 == baseUri + "artikel/lith");
        Assert.DoesNotContain(matched, m => m.Item2!.Contains("sessie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MatchFeed_ServerAnswers404_ExitsTwoWithTheFailureKind()
    {
        await using var server = await FeedTestServer.StartAsync();
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("match", "--config", config, "--feed", server.Url("/weg.xml").AbsoluteUri);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("(NotFound)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_NoInput_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("match", "--json");

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("exactly one of --text, --file or --feed", result.Error, StringComparison.Ordinal);
    }
}
