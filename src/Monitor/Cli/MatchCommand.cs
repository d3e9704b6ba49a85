using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Configuration;
using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Hosting;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Ingestion;

namespace Monitor.Cli;

/// <summary><c>monitor match [--config F] (--text T | --file F | --feed URL-or-path) [--json] [--discord]</c>: a dry run. No delivery, no state change.</summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var text = new Option<string?>("--text") { Description = "Match this text (as an item's body)" };
        var title = new Option<string?>("--title") { Description = "With --text or --file: the item's headline" };
        var file = new Option<string?>("--file") { Description = "Match the text in this file" };
        var feed = new Option<string?>("--feed") { Description = "Match every item of this feed: a configured feed's id, or an http(s) URL or file path (a configured feed's url is read with its id_from)" };
        var json = new Option<bool>("--json") { Description = "One JSON object per alert per line" };
        var discord = new Option<bool>("--discord") { Description = "Print the exact Discord JSON payloads that would be sent, per channel (with --json: one compact payload per line)" };
        var command = new Command("match", "Dry run: show which rules fire on a text, a file or a feed, and why") { config, text, title, file, feed, json, discord };
        command.Validators.Add(result =>
        {
            var given = new[] { text, file, feed }.Count(o => result.GetResult(o) is not null);
            if (given != 1)
            {
                result.AddError("give exactly one of --text, --file or --feed");
            }
        });
        CommandRunner.SetAction(command, context, config, ConfigPolicy.ReportFailingRuleTests, (ctx, parse, ct) => ExecuteAsync(
            ctx,
            new MatchRequest(parse.GetValue(text), parse.GetValue(title), parse.GetValue(file), parse.GetValue(feed), parse.GetValue(json), parse.GetValue(discord)),
            ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandContext context, MatchRequest request, CancellationToken cancellationToken)
    {
        var config = context.Config;
        var items = await LoadItemsAsync(request, context, cancellationToken);
        if (items is null)
        {
            return ExitCodes.InputOrFeedFailing;
        }

        var matcher = config.Engine;
        if (request.Discord)
        {
            DiscordPreviewPrinter.Print(config, items, matcher, context.Time.GetUtcNow(), context.Out, request.Json);
            return ExitCodes.Ok;
        }

        var printer = new MatchPrinter(context.Out, request.Json);
        var alerts = 0;
        foreach (var item in items)
        {
            foreach (var hit in matcher.Match(item))
            {
                printer.Print(item, hit);
                alerts++;
            }
        }

        if (!request.Json)
        {
            await context.Out.WriteLineAsync($"{items.Count} item(s), {alerts} alert(s)");
        }

        return ExitCodes.Ok;
    }

    private static async Task<IReadOnlyList<FeedItem>?> LoadItemsAsync(MatchRequest request, CommandContext context, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        if (request.Text is not null)
        {
            return [new FeedItem("cli", "text", request.Title ?? string.Empty, request.Text, string.Empty, null, now)];
        }

        if (request.File is not null)
        {
            try
            {
                var body = await File.ReadAllTextAsync(request.File, cancellationToken);
                return [new FeedItem("cli", Path.GetFileName(request.File), request.Title ?? string.Empty, body, string.Empty, null, now)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"match: cannot read '{request.File}' ({ex.GetType().Name}); check the path");
                return null;
            }
        }

        // The same ingestion as 'monitor run' (base URI after redirects, the feed's id_from): a configured feed is read with its own definition.
        var feed = ResolveFeed(request.Feed!, context.Config);
        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        if (context.Verbose)
        {
            services.AddLogging(context.ConfigureLogging);
        }

        services.AddMonitorCore(context.Config, TextWriter.Null);
        await using var provider = services.BuildServiceProvider();
        var ingested = await provider.GetRequiredService<FeedIngestion>().IngestAsync(feed, FetchConditions.None, cancellationToken);
        switch (ingested.Status)
        {
            case FetchStatus.Ok:
                return ingested.Feed!.Items;
            case FetchStatus.NotModified:
                await context.Error.WriteLineAsync("match: the server answered 304 Not Modified to an unconditional request; try again");
                return null;
            default:
                await context.Error.WriteLineAsync($"match: {ingested.Error} ({ingested.FailureKind})");
                return null;
        }
    }

    /// <summary>A configured feed when <paramref name="source"/> is its id or its url; else an ad-hoc feed (id <c>cli</c>, identities from guids).</summary>
    internal static FeedDefinition ResolveFeed(string source, MonitorConfig config)
    {
        var configured = config.Feeds.FirstOrDefault(f => f.Id == source);
        if (configured is not null)
        {
            return configured;
        }

        var isHttp = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var location = isHttp ? source : Path.GetFullPath(source);
        return config.Feeds.FirstOrDefault(f => string.Equals(f.Source, location, StringComparison.Ordinal))
            ?? new FeedDefinition("cli", location, TimeSpan.FromMinutes(5));
    }

    private sealed record MatchRequest(string? Text, string? Title, string? File, string? Feed, bool Json, bool Discord);
}
