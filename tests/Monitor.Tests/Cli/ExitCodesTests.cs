using Monitor.TestKit;

namespace Monitor.Tests.Cli;

/// <summary>The exit-code table of the README, command by command: usage, config and unexpected failures each have their own code.</summary>
public sealed class ExitCodesTests
{
    public static TheoryData<string, string[]> EveryCommand => new()
    {
        { "run", ["run", "--once"] },
        { "check", ["check"] },
        { "match", ["match", "--text", "dijk"] },
        { "feeds", ["feeds"] },
        { "outbox", ["outbox"] },
        { "outbox retry", ["outbox", "retry", "7"] },
        { "rules explain", ["rules", "explain", "dijk"] },
        { "rules test", ["rules", "test"] },
    };

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Command_ConfigMissing_ExitsOneWithTheFileAndNothingStarted(string name, string[] args)
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync([.. args, "--config", Path.Combine(dir.Path, "ontbreekt.yaml")]);

        Assert.True(result.ExitCode == 1, $"{name}: exit {result.ExitCode}");
        Assert.Contains("config file not found", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was started", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Command_UnknownOption_ExitsSixtyFour(string name, string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--onbekend"]);

        Assert.True(result.ExitCode == 64, $"{name}: exit {result.ExitCode}");
        Assert.Contains("--onbekend", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsSixtyFour()
    {
        var result = await CliRunner.RunAsync("verstuur");

        Assert.Equal(64, result.ExitCode);
    }

    [Fact]
    public async Task StorageUnreachable_ExitsSeventyWithOneLineAndNoStackTrace()
    {
        using var dir = new TempDirectory();
        var config = UnreachablePostgres(dir);

        var result = await CliRunner.RunAsync("feeds", "--config", config);

        Assert.Equal(70, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("monitor: unexpected failure: ", line, StringComparison.Ordinal);
        Assert.Contains("--verbose", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StorageUnreachable_Verbose_PrintsTheStackTrace()
    {
        using var dir = new TempDirectory();
        var config = UnreachablePostgres(dir);

        var result = await CliRunner.RunAsync("feeds", "--config", config, "--verbose");

        Assert.Equal(70, result.ExitCode);
        Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
    }

    private static string UnreachablePostgres(TempDirectory dir) => dir.Write("monitor.yaml", """
        feeds: []
        channels: {c: {}}
        rules:
          - {id: dijk, category: water, any: [dijk], channels: [c]}
        storage:
          provider: postgres
          connection: "Host=127.0.0.1;Port=1;Username=niemand;Password=geheim;Timeout=2"
        """);
}
