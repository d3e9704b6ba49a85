using System.Collections.Concurrent;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Delivery;

namespace Monitor.TestKit.Fakes;

/// <summary>An <see cref="IAlertSink"/> that records what it is given and answers with scripted outcomes (default: delivered).</summary>
public sealed class RecordingAlertSink : IAlertSink
{
    private readonly ConcurrentQueue<Func<IReadOnlyList<Alert>, DeliveryOutcome>> script = new();

    /// <summary>Gets every batch the sink was asked to deliver, in order.</summary>
    public ConcurrentQueue<(string ChannelId, IReadOnlyList<Alert> Alerts)> Calls { get; } = new();

    /// <summary>Gets the alerts that were delivered, in order.</summary>
    public ConcurrentQueue<Alert> Delivered { get; } = new();

    /// <summary>Queues the outcome of the next call.</summary>
    public RecordingAlertSink Then(Func<IReadOnlyList<Alert>, DeliveryOutcome> outcome)
    {
        script.Enqueue(outcome);
        return this;
    }

    /// <inheritdoc/>
    public bool CanDeliver(ChannelDefinition channel) => true;

    /// <inheritdoc/>
    public Task<DeliveryOutcome> DeliverAsync(ChannelDefinition channel, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        Calls.Enqueue((channel.Id, alerts));
        var outcome = script.TryDequeue(out var next) ? next(alerts) : DeliveryOutcome.Delivered(alerts.Count);
        if (outcome.Status == DeliveryStatus.Delivered)
        {
            foreach (var alert in alerts.Take(outcome.DeliveredCount))
            {
                Delivered.Enqueue(alert);
            }
        }

        return Task.FromResult(outcome);
    }
}
