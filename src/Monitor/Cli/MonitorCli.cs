using System.CommandLine;

namespace Monitor.Cli;

/// <summary>The command-line entry point: <c>monitor run | check | match | feeds | outbox | rules explain | rules test | schema</c>. Command names, options and exit codes are a contract.</summary>
public static class MonitorCli
{
    /// <summary>Parses <paramref name="args"/> and runs the command in a real process.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.Process);

    /// <summary>Parses <paramref name="args"/> and runs the command against <paramref name="context"/>. Returns the exit code.</summary>
    /// <remarks>Cancelling <paramref name="cancellationToken"/> stops <c>monitor run</c> cleanly, like Ctrl+C or SIGTERM.</remarks>
    public static Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Monitor: news-feed keyword alerts for Discord.")
        {
            RunCommand.Create(context),
            CheckCommand.Create(context),
            MatchCommand.Create(context),
            FeedsCommand.Create(context),
            OutboxCommand.Create(context),
            RulesCommand.Create(context),
            SchemaCommand.Create(context),
        };
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(context);
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Creates the shared <c>--config</c> option.</summary>
    internal static Option<string> ConfigOption() => new("--config", "-c")
    {
        Description = "The config file (default: config/monitor.yaml)",
        DefaultValueFactory = _ => Configuration.ConfigLoader.DefaultPath,
    };
}
