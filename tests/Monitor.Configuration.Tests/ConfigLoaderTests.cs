using Monitor.Configuration;
using Monitor.Domain;

namespace Monitor.Configuration.Tests;

public sealed class ConfigLoaderTests
{
    private const string Minimal = """
        feeds:
          - id: nieuws-demo
            url: samples/nieuws.xml
            interval: 5m
        channels:
          crisis:
            webhook: ${DISCORD_WEBHOOK_CRISIS}
        rules:
          - id: invasie
            category: militaire-escalatie
            severity: critical
            any: [invasie, inval]
            channels: [crisis]
        storage:
          path: data/monitor.db
        """;

    private static ConfigLoadResult Parse(string yaml, Dictionary<string, string>? env = null) =>
        ConfigLoader.Parse(yaml, "monitor.yaml", "/cfg", "/cfg/monitor.yaml", name => env is not null && env.TryGetValue(name, out var v) ? v : null);

    [Fact]
    public void Parse_MinimalShapeFromTheDesign_LoadsEverySection()
    {
        var result = Parse(Minimal, new() { ["DISCORD_WEBHOOK_CRISIS"] = "https://discord.example/api/webhooks/1/tok" });

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var config = result.Config!;
        var feed = Assert.Single(config.Feeds);
        Assert.Equal("nieuws-demo", feed.Id);
        Assert.Equal(Path.GetFullPath("/cfg/samples/nieuws.xml"), feed.Source);
        Assert.Equal(TimeSpan.FromMinutes(5), feed.Interval);
        Assert.False(config.Channels["crisis"].IsConsole);
        Assert.Equal("https://discord.example/api/webhooks/1/tok", config.Channels["crisis"].Webhook!.Reveal());
        var rule = Assert.Single(config.Rules);
        Assert.Equal(Severity.Critical, rule.Severity);
        Assert.Equal(["invasie", "inval"], rule.Any);
        Assert.Equal(Path.GetFullPath("/cfg/data/monitor.db"), config.Storage.SqlitePath);
    }

    [Fact]
    public void Parse_WebhookVariableUnset_ChannelPrintsToConsole()
    {
        var result = Parse(Minimal);

        Assert.True(result.IsValid);
        Assert.True(result.Config!.Channels["crisis"].IsConsole);
    }

    [Fact]
    public void Parse_MisspelledKey_ReportsPositionAndSuggestion()
    {
        var result = Parse(Minimal.Replace("interval: 5m", "intervall: 5m", StringComparison.Ordinal));

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("monitor.yaml:4:5: unknown key 'intervall' in a feed — did you mean 'interval'?", error.ToString());
    }

    [Fact]
    public void Parse_RuleNamesUnknownChannel_ReportsDanglingReferenceWithFix()
    {
        var result = Parse(Minimal.Replace("channels: [crisis]", "channels: [crisiss]", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal(13, error.Line);
        Assert.Contains("channel 'crisiss', which is not defined", error.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'crisis'?", error.Fix);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllOfThemInFileOrder()
    {
        const string yaml = """
            feeds:
              - id: a
                url: x.xml
                interval: 5 minutes
              - id: a
                url: y.xml
            channels:
              crisis: {webhook: "${X}"}
            rules:
              - id: r
                category: c
                severity: urgent
                any: []
                channels: [nope]
            unknown_section: 1
            """;

        var errors = Parse(yaml).Errors.ToList();

        Assert.Equal(6, errors.Count);
        Assert.Equal(errors.OrderBy(e => e.Line).ThenBy(e => e.Column), errors);
        Assert.Contains(errors, e => e.Message.Contains("'5 minutes' is not a duration", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("feed id 'a' is used twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("severity 'urgent' is unknown", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'any' needs at least one", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("channel 'nope'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("unknown key 'unknown_section'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("interval: 5", "is not a duration")]
    [InlineData("interval: 10s", "is shorter than 30s")]
    [InlineData("interval: [5m]", "must be a single value")]
    public void Parse_BadInterval_IsAnError(string line, string expected)
    {
        var result = Parse(Minimal.Replace("interval: 5m", line, StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal) && e.Line == 4);
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsItsPosition()
    {
        var result = Parse("feeds:\n  - id: a\n   url: [unclosed\n");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("monitor.yaml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void Parse_WebhookWrittenLiterally_WarnsWithoutEchoingTheToken()
    {
        var result = Parse(Minimal.Replace("${DISCORD_WEBHOOK_CRISIS}", "https://discord.com/api/webhooks/123/s3cr3t-token", StringComparison.Ordinal));

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Diagnostics, d => d.IsWarning);
        Assert.Contains("written into the config file", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WebhookNotAUrl_ErrorDoesNotEchoTheValue()
    {
        var result = Parse(Minimal, new() { ["DISCORD_WEBHOOK_CRISIS"] = "s3cr3t-not-a-url" });

        var error = Assert.Single(result.Errors);
        Assert.DoesNotContain("s3cr3t", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Parse_AdminChannel_MustBeDefined()
    {
        var result = Parse(Minimal + "\nadmin:\n  channel: ops\n");

        var error = Assert.Single(result.Errors);
        Assert.Contains("admin channel 'ops'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostgresWithoutConnection_TellsWhichVariableToSet()
    {
        var result = Parse(Minimal.Replace("path: data/monitor.db", "provider: postgres\n  connection: ${MONITOR_PG}", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Contains("MONITOR_PG", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsADiagnosticNotAnException()
    {
        var result = ConfigLoader.Load("/definitely/not/here.yaml", _ => null);

        var error = Assert.Single(result.Errors);
        Assert.Equal("config file not found", error.Message);
    }

    [Fact]
    public void Load_BundledConfig_IsValid()
    {
        var result = ConfigLoader.Load(Path.Combine(Monitor.TestKit.RepoPaths.ConfigDirectory, "monitor.yaml"), _ => null);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Config!.Rules, r => r.Id == "invasie");
        Assert.All(result.Config.Channels.Values, c => Assert.True(c.IsConsole));
    }
}
