using System.CommandLine;
using System.Globalization;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Delivery;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor outbox [--config F] [--limit N]</c> lists pending and dead alerts with reasons (and disabled channels);
/// <c>monitor outbox retry &lt;id&gt;</c> and <c>monitor outbox retry --dead</c> put alerts back in the queue. Exit 1 when nothing matched, 64 for neither or both of id and --dead.
/// </summary>
internal static class OutboxCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var limit = new Option<int>("--limit") { Description = "Show at most this many rows per status (default 50)", DefaultValueFactory = _ => 50 };
        var command = new Command("outbox", "List pending and dead alerts with their reasons; 'outbox retry' requeues") { config, limit, CreateRetry(context) };
        CommandRunner.SetAction(command, context, config, ConfigPolicy.ReportFailingRuleTests, (ctx, parse, ct) => ListAsync(ctx, parse.GetValue(limit), ct));
        return command;
    }

    private static Command CreateRetry(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var id = new Argument<long?>("id") { Description = "The outbox id (first column of 'monitor outbox') to requeue", Arity = ArgumentArity.ZeroOrOne };
        var dead = new Option<bool>("--dead") { Description = "Requeue every dead alert (and re-enable their channels)" };
        var retry = new Command("retry", "Requeue one alert by id, or all dead alerts with --dead; they are delivered on the next dispatch") { config, id, dead };
        retry.Validators.Add(result =>
        {
            if (result.GetResult(id)?.Tokens.Count > 0 == result.GetValue(dead))
            {
                result.AddError("outbox retry: give either an id or --dead (not both); see 'monitor outbox' for ids");
            }
        });
        CommandRunner.SetAction(retry, context, config, ConfigPolicy.ReportFailingRuleTests, (ctx, parse, ct) => RetryAsync(ctx, parse.GetValue(id), parse.GetValue(dead), ct));
        return retry;
    }

    private static async Task<int> ListAsync(CommandContext context, int limit, CancellationToken cancellationToken)
    {
        var store = await context.OpenStoreAsync(cancellationToken);
        var output = context.Out;
        foreach (var status in new[] { OutboxStatus.Pending, OutboxStatus.Dead })
        {
            var rows = await store.ListAsync(status, Math.Max(1, limit), cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{status.ToString().ToLowerInvariant()} ({rows.Count}{(rows.Count >= limit ? "+" : string.Empty)}):"));
            foreach (var row in rows)
            {
                output.WriteLine(FormatRow(row));
            }
        }

        var disabled = await store.ListDisabledChannelsAsync(cancellationToken);
        if (disabled.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"disabled channels ({disabled.Count}):"));
            foreach (var (channel, reason) in disabled)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {channel,-20} {reason}"));
            }
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> RetryAsync(CommandContext context, long? id, bool dead, CancellationToken cancellationToken)
    {
        var store = await context.OpenStoreAsync(cancellationToken);
        var now = context.Time.GetUtcNow();
        if (dead)
        {
            var count = await store.RequeueDeadAsync(now, cancellationToken);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requeued {count} dead alert(s)"));
            return ExitCodes.Ok;
        }

        if (await store.RequeueAsync(id!.Value, now, cancellationToken))
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requeued alert {id}"));
            return ExitCodes.Ok;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outbox retry: no pending or dead alert with id {id} (sent alerts are never resent); see 'monitor outbox'"));
        return ExitCodes.ConfigOrNegative;
    }

    private static string FormatRow(OutboxEntry row)
    {
        var title = row.Alert.Item.Title.Length > 60 ? row.Alert.Item.Title[..57] + "..." : row.Alert.Item.Title;
        var when = row.Status == OutboxStatus.Pending ? "next " + row.NextAttemptAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  {row.Sequence,6}  {row.Alert.ChannelId,-16} attempts {row.Attempts,-3} {when,-25} {title}{(row.LastError is null ? string.Empty : "\n          reason: " + row.LastError)}");
    }
}
