using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>A sink that sends one alert per request and answers from a script; records every request.</summary>
internal sealed class ScriptedSink(TimeProvider time, Func<ChannelDefinition, Alert, DateTimeOffset, DeliveryOutcome> answer) : IAlertSink
{
    public List<(DateTimeOffset At, string ChannelId, string AlertId, DeliveryStatus Status)> Requests { get; } = [];

    public bool CanDeliver(ChannelDefinition channel) => true;

    public Task<DeliveryOutcome> DeliverAsync(ChannelDefinition channel, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var outcome = answer(channel, alerts[0], now);
        Requests.Add((now, channel.Id, alerts[0].Id, outcome.Status));
        return Task.FromResult(outcome.Status == DeliveryStatus.Delivered ? DeliveryOutcome.Delivered(1, "m-" + alerts[0].Id) : outcome);
    }

    public IEnumerable<string> Delivered(string channelId) =>
        Requests.Where(r => r.ChannelId == channelId && r.Status == DeliveryStatus.Delivered).Select(r => r.AlertId);
}
