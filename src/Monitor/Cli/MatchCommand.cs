using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Configuration;
using Monitor.Domain.Feeds;
using Monitor.Domain.Items;
using Monitor.Hosting;
using Monitor.Pipeline.Decoding;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Normalizing;
using Monitor.Pipeline.Parsing;

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
        var feed = new Option<string?>("--feed") { Description = "Match every item of this feed (http(s) URL or file path)" };
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
        command.SetAction((parse, ct) => ExecuteAsync(
            new MatchRequest(parse.GetValue(config)!, parse.GetValue(text), parse.GetValue(title), parse.GetValue(file), parse.GetValue(feed), parse.GetValue(json), parse.GetValue(discord)),
            context,
            ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(MatchRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var config = ConfigReporter.Load(request.ConfigPath, context);
        if (config is null)
        {
            return 1;
        }

        var items = await LoadItemsAsync(request, config, context, cancellationToken);
        if (items is null)
        {
            return 2;
        }

        var matcher = SnapshotFactory.Create(config).Matcher;
        if (request.Discord)
        {
            DiscordPreviewPrinter.Print(config, items, matcher, context.Time.GetUtcNow(), context.Out, request.Json);
            return 0;
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
            context.Out.WriteLine($"{items.Count} item(s), {alerts} alert(s)");
        }

        return 0;
    }

    private static async Task<IReadOnlyList<FeedItem>?> LoadItemsAsync(MatchRequest request, MonitorConfig config, CliContext context, CancellationToken cancellationToken)
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

        var source = request.Feed!;
        var isHttp = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var feed = new FeedDefinition("cli", isHttp ? source : Path.GetFullPath(source), TimeSpan.FromMinutes(5));
        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        services.AddMonitorCore(config, TextWriter.Null);
        await using var provider = services.BuildServiceProvider();
        var fetched = await provider.GetRequiredService<IFeedFetcher>().FetchAsync(feed, FetchConditions.None, cancellationToken);
        if (fetched.Status != FetchStatus.Ok)
        {
            await context.Error.WriteLineAsync($"match: {fetched.Error ?? "the server answered 304 Not Modified"}");
            return null;
        }

        try
        {
            var parsed = FeedParser.Parse(FeedDecoder.Decode(fetched.Body.Span, fetched.ContentType).Text);
            return parsed.Items.Select(i => ItemNormalizer.Normalize(feed.Id, i, fetched.BaseUri, now)).ToList();
        }
        catch (FeedParseException ex)
        {
            await context.Error.WriteLineAsync($"match: {ex.Message}");
            return null;
        }
    }

    private sealed record MatchRequest(string ConfigPath, string? Text, string? Title, string? File, string? Feed, bool Json, bool Discord);
}
