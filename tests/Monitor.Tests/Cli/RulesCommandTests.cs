using Monitor.TestKit;

namespace Monitor.Tests.Cli;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task RulesExplain_BundledInvasionRule_ShowsFormsCompoundsAndRoles()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("rules", "explain", "invasie", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("rule invasie · category militaire-escalatie · severity critical", result.Out, StringComparison.Ordinal);
        Assert.Contains("forms: invasie, invasies", result.Out, StringComparison.Ordinal);
        Assert.Contains("invasiemacht", result.Out, StringComparison.Ordinal);
        Assert.Contains("[exclude] exoten", result.Out, StringComparison.Ordinal);
        Assert.Contains("[deescalate to high] ontkent (from @ontkenning)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesExplain_UnknownRule_ExitsOneAndListsRules()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("rules", "explain", "onbekend", "--config", config);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rule 'onbekend' is not defined — use one of: invasie, ambassadepersoneel", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesTest_BundledConfig_AllPass()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("rules", "test", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("8/8 rule tests passed in 3 rule(s)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesTest_FailingTest_PrintsFileLineColumnAndExitsOne()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("monitor.yaml", """
            feeds: []
            rules:
              - id: r
                category: c
                any: [invasie]
                tests:
                  no_match: ["Invasieplannen uitgelekt"]
            """);

        var result = await CliRunner.RunAsync("rules", "test", "--config", config);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("monitor.yaml:7:18: rule test failed: rule 'r' fired on a no_match text \"Invasieplannen uitgelekt\"", result.Error, StringComparison.Ordinal);
    }
}
