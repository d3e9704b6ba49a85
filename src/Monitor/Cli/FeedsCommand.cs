using System.CommandLine;

namespace Monitor.Cli;

/// <summary><c>monitor feeds [--config F]</c>: every feed's health as a table. Exit 0 when all feeds are healthy, 2 when any is failing.</summary>
internal static class FeedsCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var command = new Command("feeds", "Show every feed's health: failures in a row, last error (kind and message), last success, next poll") { config };
        CommandRunner.SetAction(command, context, config, ConfigPolicy.ReportFailingRuleTests, (ctx, _, ct) => ExecuteAsync(ctx, ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var store = await context.OpenStoreAsync(cancellationToken);
        var states = (await store.ListAsync(cancellationToken)).ToDictionary(s => s.FeedId, StringComparer.Ordinal);
        var rows = FeedHealthTable.Rows(context.Config.Feeds, states, context.Time.GetUtcNow());
        FeedHealthTable.Write(rows, context.Out);
        return rows.Any(r => r.Failures > 0) ? ExitCodes.InputOrFeedFailing : ExitCodes.Ok;
    }
}
