using System.CommandLine;
using System.Globalization;
using Monitor.Configuration;
using Monitor.Configuration.Yaml;
using Monitor.Domain;

namespace Monitor.Cli;

/// <summary><c>monitor check [--config F] [--defaults]</c>: validates the config and prints a summary, or with <c>--defaults</c> the effective config (secrets masked). Exit 1 on errors.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var defaults = new Option<bool>("--defaults") { Description = "Print the effective config instead of the summary: every default filled in, secrets masked (***)" };
        var command = new Command("check", "Validate the config and print a summary (feeds, rules, channels); exit 1 on errors") { config, defaults };
        CommandRunner.SetAction(command, context, config, ConfigPolicy.Strict, (ctx, parse, _) =>
        {
            if (parse.GetValue(defaults))
            {
                EffectiveConfigPrinter.Print(ctx.Config, ctx.Out);
            }
            else
            {
                PrintSummary(ctx.Config, ctx.Out);
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static void PrintSummary(MonitorConfig config, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{config.SourcePath}: OK"));
        output.WriteLine(string.Create(inv, $"feeds ({config.Feeds.Count}):"));
        foreach (var feed in config.Feeds)
        {
            output.WriteLine(string.Create(inv, $"  {feed.Id,-24} every {Durations.Format(feed.Interval),-6} {feed.Source}"));
        }

        output.WriteLine(string.Create(inv, $"rules ({config.Rules.Count}):"));
        foreach (var rule in config.Rules)
        {
            output.WriteLine(string.Create(inv, $"  {rule.Id,-24} {rule.Severity.ToName(),-8} {rule.Category} → {string.Join(", ", rule.Channels)}"));
        }

        output.WriteLine(string.Create(inv, $"channels ({config.Channels.Count}):"));
        foreach (var channel in config.Channels.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(inv, $"  {channel.Id,-24} {(channel.IsConsole ? "console (no webhook configured)" : "discord webhook")}"));
        }

        output.WriteLine(string.Create(inv, $"storage: {config.Storage.Provider.ToString().ToLowerInvariant()} {(config.Storage.SqlitePath ?? string.Empty)}"));
    }
}
