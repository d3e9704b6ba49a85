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
}
