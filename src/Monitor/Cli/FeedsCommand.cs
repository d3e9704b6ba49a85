using System.CommandLine;
using Monitor.Hosting;

namespace Monitor.Cli;

/// <summary><c>monitor feeds [--config F]</c>: every feed's health as a table. Exit 0 when all feeds are healthy, 2 when any is failing.</summary>
internal static class FeedsCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var command = new Command("feeds", "Show every feed's health: failures in a row, last error (kind and message), last success, next poll") { config };
        command.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(config)!, context, ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(string path, CliContext context, CancellationToken cancellationToken)
    {
        var config = ConfigReporter.Load(path, context);
        if (config is null)
        {
            return 1;
        }

        var store = await StorageFactory.OpenAsync(config.Storage, cancellationToken);
        var states = (await store.ListAsync(cancellationToken)).ToDictionary(s => s.FeedId, StringComparer.Ordinal);
        var rows = FeedHealthTable.Rows(config.Feeds, states, context.Time.GetUtcNow());
        FeedHealthTable.Write(rows, context.Out);
        return rows.Any(r => r.Failures > 0) ? 2 : 0;
    }
}
