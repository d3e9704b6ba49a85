using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Discord;
using Monitor.Discord.Delivery;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Domain.Items;
using Monitor.Pipeline.Delivery;
using Monitor.TestKit.Discord;

namespace Monitor.Benchmarks.Discord;

/// <summary>
/// Drains N alerts queued for one channel through the real Discord sink into the Discord test server (real HTTP on 127.0.0.1), the way the
/// outbox dispatcher does (deliver a prefix, wait out RetryLater), batched versus one message per alert.
/// Discord's windows (5 per 2 s per webhook, hidden 30 per 60 s per channel, 40 s shared 429) are divided by --scale on both server and
/// client so a run takes seconds; "Discord time" multiplies the wall time back.
/// </summary>
internal static class DiscordDrainHarness
{
    public const string Command = "discord-drain";

    public static async Task<int> RunAsync(string[] args)
    {
        var alerts = Arg(args, "--alerts", 1000);
        var scale = Arg(args, "--scale", 30);
        var results = new List<DrainResult>
        {
            await DrainAsync("batched (≤10 embeds), channel budget 25/min", alerts, scale, batch: true, budget: 25),
            await DrainAsync("batched, channel budget off", alerts, scale, batch: true, budget: 10_000),
            await DrainAsync("one message per alert, channel budget 25/min", alerts, scale, batch: false, budget: 25),
            await DrainAsync("one message per alert, channel budget off", alerts, scale, batch: false, budget: 10_000),
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Discord drain: {alerts} alerts, one channel, windows scaled 1/{scale}"));
        Console.WriteLine("| mode | delivered | requests | messages | 429 shared | 429 other | 400 | wall | Discord time |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Mode} | {r.Delivered} | {r.Requests} | {r.Messages} | {r.Shared429} | {r.Other429} | {r.BadRequests} | {r.Wall.TotalSeconds:0.0} s | {r.Wall.TotalSeconds * scale / 60:0.0} min |"));
        }

        var ratio = (double)results[2].Requests / Math.Max(1, results[0].Requests);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests, one-per-alert / batched: {ratio:0.0}x"));
        return results.TrueForAll(r => r.Delivered == alerts && r.BadRequests == 0 && r.Other429 == 0) ? 0 : 1;
    }

    private static async Task<DrainResult> DrainAsync(string mode, int count, int scale, bool batch, int budget)
    {
        await using var server = await DiscordTestServer.StartAsync(TimeProvider.System, DiscordTestServerOptions.Scaled(scale));
        var channel = new ChannelDefinition("nieuws", new Secret(server.CreateWebhook("nieuws")));
        var services = new ServiceCollection();
        services.AddDiscordDelivery(o =>
        {
            o.ChannelMessageBudget = budget;
            o.ChannelBudgetWindow = TimeSpan.FromSeconds(60.0 / scale);
            o.ResetMargin = TimeSpan.FromMilliseconds(50.0 / scale);
            o.MaxInlineWait = TimeSpan.FromSeconds(5.0 / scale);
        });
        await using var provider = services.BuildServiceProvider();
        var sink = provider.GetRequiredService<DiscordAlertSink>();
        var pending = Alerts(count);
        int delivered = 0, retries = 0;
        var clock = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            var outcome = await sink.DeliverAsync(channel, batch ? pending : [pending[0]], CancellationToken.None);
            switch (outcome.Status)
            {
                case DeliveryStatus.Delivered:
                    delivered += outcome.DeliveredCount;
                    pending.RemoveRange(0, outcome.DeliveredCount);
                    break;
                case DeliveryStatus.RetryLater:
                    retries++;
                    await Task.Delay(outcome.RetryAfter ?? TimeSpan.FromSeconds(1.0 / scale));
                    break;
                default:
                    throw new InvalidOperationException($"drain stopped: {outcome.Status} {outcome.Reason}");
            }
        }

        clock.Stop();
        var requests = server.Requests;
        return new DrainResult(
            mode,
            count,
            delivered,
            clock.Elapsed,
            requests.Count,
            server.Messages.Count,
            requests.Count(r => r.Status == 429 && r.Scope == "shared"),
            requests.Count(r => r.Status == 429 && r.Scope != "shared"),
            requests.Count(r => r.Status == 400),
            retries);
    }

    private static List<Alert> Alerts(int count)
    {
        var published = new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(1, count).Select(i =>
        {
            var summary = $"Rijkswaterstaat meldt bij meetpunt {i} een dijkdoorbraak-risico; bewoners langs de Maas worden gevraagd alert te blijven.";
            var at = summary.IndexOf("dijkdoorbraak", StringComparison.Ordinal);
            var item = new FeedItem("rws", $"item-{i}", $"Waterstand stijgt bij meetpunt {i}", summary, string.Empty, new Uri($"https://nieuws.example.nl/water/{i}"), published.AddMinutes(i));
            var hit = new RuleHit("water", "veiligheid", (Severity)(i % 5), [new TermMatch("dijkdoorbraak", "dijkdoorbraak", TextField.Summary, at, 13)]);
            return new Alert(AlertId.For("rws", item.Key, "nieuws"), "nieuws", item, [hit], published);
        }).ToList();
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
