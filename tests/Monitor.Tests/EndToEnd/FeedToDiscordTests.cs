using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Cli;
using Monitor.Configuration;
using Monitor.Hosting;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Polling;
using Monitor.TestKit;
using Monitor.TestKit.Discord;
using Monitor.TestKit.Feeds;

namespace Monitor.Tests.EndToEnd;

/// <summary>The walking skeleton end to end: a feed served over HTTP on 127.0.0.1 → monitor → a Discord-compatible server on 127.0.0.1.</summary>
public sealed class FeedToDiscordTests : IAsyncLifetime
{
    private readonly TempDirectory dir = new();
    private FeedTestServer feeds = null!;
    private DiscordTestServer discord = null!;
    private string configPath = null!;
    private Dictionary<string, string> env = null!;

    public async Task InitializeAsync()
    {
        feeds = await FeedTestServer.StartAsync();
        discord = await DiscordTestServer.StartAsync();
        env = new() { ["DISCORD_WEBHOOK_CRISIS"] = discord.CreateWebhook("crisis-channel") };
        configPath = dir.Write("monitor.yaml", $"""
            feeds:
              - id: nieuws
                url: {feeds.Url("/nieuws.xml")}
                interval: 5m
            channels:
              crisis:
                webhook: ${"{"}DISCORD_WEBHOOK_CRISIS{"}"}
            rules:
              - id: invasie
                category: militaire-escalatie
                severity: critical
                any: [invasie, inval]
                channels: [crisis]
            storage:
              path: data/monitor.db
            """);
    }

    public async Task DisposeAsync()
    {
        await feeds.DisposeAsync();
        await discord.DisposeAsync();
        dir.Dispose();
    }

    [Fact]
    public async Task RunOnce_ItemAboutAnInvasion_YieldsExactlyOneDiscordMessageWithTheExpectedEmbed()
    {
        Serve(Item("n-1", "Kremlin: invasie van Oekraïne is begonnen", "https://nieuws.example.org/invasie", "Troepen steken op drie plaatsen de grens over."),
              Item("n-2", "Weerbericht: zon en wolken", "https://nieuws.example.org/weer", "Droog en zacht."));

        var result = await CliRunner.RunAsync(env, "run", "--once", "--config", configPath);

        Assert.Equal(0, result.ExitCode);
        var message = Assert.Single(discord.MessagesIn("crisis-channel"));
        var embed = Assert.Single(message.Embeds);
        Assert.Contains("invasie", (string?)embed["title"], StringComparison.Ordinal);
        Assert.Equal("https://nieuws.example.org/invasie", (string?)embed["url"]);
        Assert.Equal(Monitor.Discord.Rendering.SeverityColors.For(Monitor.Domain.Severity.Critical), (int?)embed["color"]);
        var fields = FieldText(embed);
        Assert.Contains("militaire-escalatie", fields, StringComparison.Ordinal);
        Assert.Contains("critical", fields, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("nieuws", fields + (string?)embed["footer"]?["text"], StringComparison.Ordinal);
        Assert.NotNull(message.Payload["allowed_mentions"]);
        Assert.Empty(message.Payload["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain("?wait=false", string.Join(' ', discord.Requests.Select(r => r.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondCycleAndRestart_SendNothingNew()
    {
        Serve(Item("n-1", "Inval in het oosten gemeld", "https://nieuws.example.org/inval", "Eerste berichten."));

        // First and second cycle in one process.
        await using var context = CommandContext.Create(new CliContext(TextWriter.Null, TextWriter.Null, name => env.GetValueOrDefault(name), TimeProvider.System), configPath, ConfigPolicy.Strict, verbose: false)!;
        var store = await context.OpenStoreAsync(default);
        var services = new ServiceCollection();
        RunCommand.ConfigureServices(services, context, store);
        await using (var provider = services.BuildServiceProvider())
        {
            var cycle = provider.GetRequiredService<FeedPollCycle>();
            var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
            await cycle.PollAsync("nieuws", default);
            await dispatcher.DispatchDueAsync(default);
            var second = await cycle.PollAsync("nieuws", default);
            await dispatcher.DispatchDueAsync(default);
            Assert.Equal(0, second.NewItemCount);
        }

        // A restart: a new process on the same database.
        var restart = await CliRunner.RunAsync(env, "run", "--once", "--config", configPath);

        Assert.Equal(0, restart.ExitCode);
        Assert.Single(discord.MessagesIn("crisis-channel"));
    }

    [Fact]
    public async Task MentionsInFeedText_PingNobody()
    {
        Serve(Item("n-9", "@everyone invasie! <@123456789012345678> en @here kijken mee", "https://nieuws.example.org/ping", "<@&987654321098765432> wordt opgeroepen"));

        var result = await CliRunner.RunAsync(env, "run", "--once", "--config", configPath);

        Assert.Equal(0, result.ExitCode);
        var message = Assert.Single(discord.MessagesIn("crisis-channel"));
        Assert.False(message.PingedEveryone);
        Assert.Empty(message.PingedUsers);
        Assert.Empty(message.PingedRoles);
        var rendered = message.Payload.ToJsonString();
        Assert.DoesNotContain("\"@everyone", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("<@123456789012345678>", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscordDown_AlertStaysQueuedWithTheReasonLogged()
    {
        Serve(Item("n-1", "Invasie gemeld", "https://nieuws.example.org/a", "Tekst."));
        discord.OutageStatus = 503;

        var down = await CliRunner.RunAsync(env, "run", "--once", "--config", configPath);
        discord.OutageStatus = null;
        var store = await StorageFactory.OpenAsync(ConfigLoader.Load(configPath, _ => null).Config!.Storage, default);
        var pending = await store.ListAsync(OutboxStatus.Pending, 10, default);

        Assert.Equal(0, down.ExitCode);
        Assert.Empty(discord.MessagesIn("crisis-channel"));
        var entry = Assert.Single(pending);
        Assert.Contains("503", entry.LastError, StringComparison.Ordinal);
        Assert.Contains("503", down.Error, StringComparison.Ordinal);
        Assert.Contains("1 waiting to retry", down.Error, StringComparison.Ordinal);
    }

    private static string FieldText(JsonObject embed) =>
        string.Join('\n', (embed["fields"]?.AsArray() ?? []).Select(f => $"{f?["name"]}: {f?["value"]}"));

    private static string Item(string guid, string title, string link, string summary) => $"""
        <item><guid isPermaLink="false">{guid}</guid><title>{System.Security.SecurityElement.Escape(title)}</title><link>{link}</link>
        <pubDate>{PublishedAnHourAgo()}</pubDate><description>{System.Security.SecurityElement.Escape(summary)}</description></item>
        """;

    // The worker runs on the real clock and alerts on a first poll only within the backfill window (24h by default),
    // so the items are dated relative to now: a fixed date would stop alerting a day after it was written.
    private static string PublishedAnHourAgo() => TimeProvider.System.GetUtcNow().AddHours(-1).ToString("r", System.Globalization.CultureInfo.InvariantCulture);

    private void Serve(params string[] items) =>
        feeds.Serve("/nieuws.xml", Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Nieuws</title>{string.Concat(items)}</channel></rss>"""));
}
