namespace Monitor.Tests.Cli;

public sealed class VersionActionTests
{
    [Fact]
    public async Task Version_Flag_PrintsThePackageVersion()
    {
        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches("^0\\.1\\.0", result.Out.Trim());
    }
}
