using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Models;
using Monitor.Discord.Rendering;
using Monitor.Discord.Rest;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Delivery;

namespace Monitor.Discord.Delivery;

/// <summary>Delivers a channel's pending alerts to Discord: as many as fit into one message (≤ 10 embeds, ≤ 6000 characters), through the webhook or as the bot.</summary>
/// <remarks>
/// If Discord refuses a batch (400), the first alert is sent alone, so only an alert that is itself unacceptable is parked as rejected.
/// Rate-limit waits longer than <see cref="DiscordOptions.MaxInlineWait"/> come back as <see cref="DeliveryStatus.RetryLater"/> with the delay.
/// A destination Discord called gone (10015 deleted webhook, 10003 unknown channel, 401/50027 reset webhook token) is never called again with the same URL or token:
/// Discord restricts clients that keep using a dead webhook.
/// </remarks>
public sealed class DiscordAlertSink(DiscordRestClient client, ILogger<DiscordAlertSink> logger) : IAlertSink
{
    private readonly ConcurrentDictionary<string, string> gone = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public bool CanDeliver(ChannelDefinition channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return !channel.IsConsole;
    }

    /// <inheritdoc/>
    public async Task<DeliveryOutcome> DeliverAsync(ChannelDefinition channel, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(alerts);
        if (alerts.Count == 0)
        {
            return DeliveryOutcome.Delivered(0);
        }

        WebhookAddress? webhook = null;
        if (!channel.UsesBot && (webhook = WebhookAddress.TryParse(channel.Webhook)) is null)
        {
            return DeliveryOutcome.Gone($"the webhook of channel '{channel.Id}' is not a Discord webhook URL (expected …/webhooks/<id>/<token>)");
        }

        var destination = DestinationKey(channel);
        if (gone.TryGetValue(destination, out var goneReason))
        {
            return DeliveryOutcome.Gone($"{goneReason} (not retried: Discord said the destination is gone; fix the channel's webhook or bot settings)");
        }

        var composed = MessageComposer.Compose(channel, alerts);
        var result = await SendAsync(channel, webhook, composed.Message, cancellationToken);
        if (result.Failure == DiscordFailureKind.Invalid && composed.AlertCount > 1)
        {
            Log.BatchRejected(logger, composed.AlertCount, channel.Id, result.Reason);
            composed = MessageComposer.Compose(channel, alerts, maxEmbeds: 1);
            result = await SendAsync(channel, webhook, composed.Message, cancellationToken);
        }

        if (result.Failure == DiscordFailureKind.DestinationGone)
        {
            // Deleted or reset for good; a missing permission may be granted by an admin and is tried again.
            gone[destination] = result.Reason;
        }

        if (result.Succeeded)
        {
            Log.Delivered(logger, composed.AlertCount, channel.Id, result.Message?.Id ?? "?");
        }
        else
        {
            Log.DeliveryFailed(logger, channel.Id, result.Reason);
        }

        return DiscordResultClassifier.ToOutcome(result, composed.AlertCount);
    }

    private static string DestinationKey(ChannelDefinition channel)
    {
        // A hash of the URL or token plus target, so an edited config (new webhook, new token) is tried afresh; the secret itself is not kept.
        var raw = channel.UsesBot ? $"bot:{channel.BotToken!.Reveal()}:{channel.DiscordChannelId}" : $"webhook:{channel.Webhook!.Reveal()}:{channel.ThreadId}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
    }

    private Task<DiscordSendResult> SendAsync(ChannelDefinition channel, WebhookAddress? webhook, DiscordMessage message, CancellationToken cancellationToken) =>
        webhook is null
            ? client.CreateMessageAsync(channel.BotToken!, channel.DiscordChannelId!, message, cancellationToken)
            : client.ExecuteWebhookAsync(webhook, message, channel.ThreadId, cancellationToken);
}
