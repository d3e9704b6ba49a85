using Monitor.TestKit;

namespace Monitor.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public async Task RunOnce_BundledConfig_PrintsAlertsAboutInvasionAndEmbassyStaffThenNothingOnTheNextRun()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var first = await CliRunner.RunAsync("run", "--once", "--config", config);
        var second = await CliRunner.RunAsync("run", "--once", "--config", config);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("rule invasie", first.Out, StringComparison.Ordinal);
        Assert.Contains("rule ambassadepersoneel", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("exoten", first.Out, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(dir.Path, "data", "monitor.db")));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(string.Empty, second.Out);
        Assert.Contains("0 new items", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_InvalidConfig_ExitsNonZeroAndStartsNothing()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("monitor.yaml", "feeds:\n  - id: a\n    url: a.xml\n    interval: soon\n");

        var result = await CliRunner.RunAsync("run", "--once", "--config", config);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(":4:15: interval 'soon' is not a duration", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")));
    }

    [Fact]
    public async Task Run_Cancelled_ShutsDownCleanlyWithExitZero()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();
        var output = new SignallingWriter("rule ambassadepersoneel");
        using var error = new StringWriter();
        using var cts = new CancellationTokenSource();
        var context = new Monitor.Cli.CliContext(output, error, _ => null, TimeProvider.System);

        var run = Monitor.Cli.MonitorCli.RunAsync(["run", "--config", config], context, cts.Token);
        await output.Seen.WaitAsync(TimeSpan.FromSeconds(60));
        await cts.CancelAsync();
        var code = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, code);
        Assert.Contains("rule invasie", output.ToString(), StringComparison.Ordinal);
    }
}
