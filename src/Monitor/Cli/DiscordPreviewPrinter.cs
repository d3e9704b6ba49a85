using System.Globalization;
using Monitor.Configuration;
using Monitor.Discord.Rendering;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Routing;

namespace Monitor.Cli;

/// <summary>Prints, per channel, the exact Discord message bodies the Discord sink would send for the alerts of a dry run (batched as delivery batches them).</summary>
internal static class DiscordPreviewPrinter
{
    public static void Print(MonitorConfig config, IReadOnlyList<FeedItem> items, IRuleMatcher matcher, DateTimeOffset now, TextWriter output, bool compact)
    {
        var alerts = items.SelectMany(item => AlertRouter.Route(item, matcher.Match(item), now)).ToList();
        foreach (var group in alerts.GroupBy(a => a.ChannelId, StringComparer.Ordinal))
        {
            if (!config.Channels.TryGetValue(group.Key, out var channel))
            {
                continue;
            }

            var payloads = DiscordPreview.Payloads(channel, group.ToList(), indented: !compact);
            for (var i = 0; i < payloads.Count; i++)
            {
                if (!compact)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# discord: channel {channel.Id}, message {i + 1} of {payloads.Count}"));
                }

                output.WriteLine(payloads[i]);
            }
        }

        if (!compact)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{items.Count} item(s), {alerts.Count} alert(s)"));
        }
    }
}
