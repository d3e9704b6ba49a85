using Monitor.Cli;
using Monitor.TestKit;

namespace Monitor.Tests.Cli;

/// <summary>A failing rule test refuses the config for <c>check</c> and <c>run</c> only; the commands that debug rules run and report it.</summary>
public sealed class CommandContextTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly string config;

    public CommandContextTests() => config = dir.Write("monitor.yaml", """
        feeds: []
        channels: {c: {}}
        rules:
          - id: dijk
            category: water
            any: [dijk]
            channels: [c]
            tests:
              match: ["Dijk bij Lith verzwakt"]
              no_match: ["Dijkgraaf treedt af"]
        storage:
          path: data/monitor.db
        """);

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("check")]
    [InlineData("run")]
    public async Task FailingRuleTest_CheckAndRun_RefuseTheConfig(string command)
    {
        var result = await CliRunner.RunAsync(command == "run" ? ["run", "--once", "--config", config] : [command, "--config", config]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rule test failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was started", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "data")), "a refused config must not open the store");
    }

    [Fact]
    public async Task FailingRuleTest_RulesTest_RunsAndReportsIt()
    {
        var result = await CliRunner.RunAsync("rules", "test", "--config", config);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("monitor.yaml:10:18: rule test failed: rule 'dijk' fired on a no_match text", result.Error, StringComparison.Ordinal);
        Assert.Contains("1/2 rule tests passed in 1 rule(s)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingRuleTest_RulesExplain_RunsAndReportsIt()
    {
        var result = await CliRunner.RunAsync("rules", "explain", "dijk", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("rule dijk · category water", result.Out, StringComparison.Ordinal);
        Assert.Contains("rule test failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("'monitor check' and 'monitor run' refuse", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingRuleTest_Match_RunsAndReportsIt()
    {
        var result = await CliRunner.RunAsync("match", "--config", config, "--json", "--text", "Dijkgraaf treedt af");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"rule\":\"dijk\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("rule test failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenStoreAsync_CalledTwice_OpensOneStore()
    {
        var valid = dir.Write("valid.yaml", """
            feeds: []
            channels: {c: {}}
            rules:
              - {id: dijk, category: water, any: [dijk], channels: [c]}
            storage:
              path: data/valid.db
            """);
        var context = CommandContext.Create(new CliContext(TextWriter.Null, TextWriter.Null, _ => null, TimeProvider.System), valid, ConfigPolicy.Strict, verbose: false)!;

        await using (context)
        {
            var first = await context.OpenStoreAsync(default);
            var second = await context.OpenStoreAsync(default);

            Assert.Same(first, second);
        }
    }
}
