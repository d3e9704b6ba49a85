using Monitor.Discord.Models;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Rendering;

/// <summary>Shows the exact JSON bodies the Discord sink would send for some alerts (for <c>monitor match … --discord</c>).</summary>
public static class DiscordPreview
{
    /// <summary>Returns the messages, in sending order, that would carry <paramref name="alerts"/> to <paramref name="channel"/>.</summary>
    public static IReadOnlyList<ComposedMessage> Messages(ChannelDefinition channel, IReadOnlyList<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var messages = new List<ComposedMessage>();
        var offset = 0;
        while (offset < alerts.Count)
        {
            var composed = MessageComposer.Compose(channel, alerts.Skip(offset).ToList());
            messages.Add(composed);
            offset += composed.AlertCount;
        }

        return messages;
    }

    /// <summary>Returns the JSON body of every message that would carry <paramref name="alerts"/> to <paramref name="channel"/>.</summary>
    public static IReadOnlyList<string> Payloads(ChannelDefinition channel, IReadOnlyList<Alert> alerts, bool indented = true) =>
        Messages(channel, alerts).Select(m => DiscordJson.Serialize(m.Message, indented)).ToList();
}
