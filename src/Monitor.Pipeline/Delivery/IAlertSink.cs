using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;

namespace Monitor.Pipeline.Delivery;

/// <summary>Port: sends alerts to one kind of destination (Discord webhook, console).</summary>
public interface IAlertSink
{
    /// <summary>Returns whether this sink serves <paramref name="channel"/>.</summary>
    bool CanDeliver(ChannelDefinition channel);

    /// <summary>Delivers a prefix of <paramref name="alerts"/> (oldest first, all for <paramref name="channel"/>). Never throws for an expected failure.</summary>
    Task<DeliveryOutcome> DeliverAsync(ChannelDefinition channel, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken);
}
