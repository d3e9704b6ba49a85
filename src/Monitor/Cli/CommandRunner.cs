using System.CommandLine;

namespace Monitor.Cli;

/// <summary>Runs a command's body with its <see cref="CommandContext"/>: config loaded under the command's <see cref="ConfigPolicy"/>, store disposed afterwards.</summary>
internal static class CommandRunner
{
    /// <summary>Sets <paramref name="command"/>'s action: build the context from <paramref name="config"/>, run <paramref name="body"/>, dispose the context.</summary>
    /// <remarks>A refused config exits with <see cref="ExitCodes.ConfigOrNegative"/>; an exception is turned into <see cref="ExitCodes.Unexpected"/> by <see cref="MonitorCli"/>.</remarks>
    public static void SetAction(Command command, CliContext cli, Option<string> config, ConfigPolicy policy, Func<CommandContext, ParseResult, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var context = CommandContext.Create(cli, parse.GetValue(config)!, policy, MonitorCli.IsVerbose(parse));
            return context is null ? ExitCodes.ConfigOrNegative : await body(context, parse, cancellationToken);
        });
    }
}
