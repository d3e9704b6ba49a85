using System.CommandLine;

namespace Monitor.Cli;

/// <summary>The command-line entry point: <c>monitor run | check | match | feeds | outbox | rules explain | rules test | schema</c>. Command names, options and exit codes (<see cref="ExitCodes"/>) are a contract.</summary>
public static class MonitorCli
{
    private const string VerboseName = "--verbose";

    /// <summary>Parses <paramref name="args"/> and runs the command in a real process.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.Process);

    /// <summary>Parses <paramref name="args"/> and runs the command against <paramref name="context"/>. Returns the exit code.</summary>
    /// <remarks>Cancelling <paramref name="cancellationToken"/> stops <c>monitor run</c> cleanly, like Ctrl+C or SIGTERM.</remarks>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verbose = new Option<bool>(VerboseName) { Description = "Log at debug level; print the stack trace of an unexpected failure", Recursive = true };
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
        root.Options.Add(verbose);
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(context);
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Prints the errors; a usage error has its own exit code, distinct from an invalid config.
            await parse.InvokeAsync(configuration, cancellationToken);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("monitor: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var detailed = parse.GetValue(verbose);
            await context.Error.WriteLineAsync($"monitor: unexpected failure: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}{(detailed ? string.Empty : " (run with --verbose for the stack trace)")}");
            if (detailed)
            {
                await context.Error.WriteLineAsync(ex.ToString());
            }

            return ExitCodes.Unexpected;
        }
    }

    /// <summary>Creates the shared <c>--config</c> option.</summary>
    internal static Option<string> ConfigOption() => new("--config", "-c")
    {
        Description = "The config file (default: config/monitor.yaml)",
        DefaultValueFactory = _ => Configuration.ConfigLoader.DefaultPath,
    };

    /// <summary>Returns whether <c>--verbose</c> was given on this command line.</summary>
    internal static bool IsVerbose(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.RootCommandResult.Command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == VerboseName) is { } option && parse.GetValue(option);
    }
}
