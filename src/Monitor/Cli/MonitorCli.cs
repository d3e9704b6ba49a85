namespace Monitor.Cli;

/// <summary>The command-line entry point: <c>monitor run | check | match</c>.</summary>
public static class MonitorCli
{
    /// <summary>Parses <paramref name="args"/> and runs the command. Returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args) => Task.FromResult(args.Length == 0 ? 0 : 1);
}
