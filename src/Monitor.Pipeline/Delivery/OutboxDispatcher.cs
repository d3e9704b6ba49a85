using System.Globalization;
using Microsoft.Extensions.Logging;
using Monitor.Domain;
using Monitor.Pipeline.Polling;
using Monitor.Pipeline.Routing;

namespace Monitor.Pipeline.Delivery;

/// <summary>Sends pending outbox alerts to their channels, oldest first per channel, and settles each row from the destination's answer.</summary>
/// <remarks>
/// A row becomes Sent only after the destination confirmed it. A transient failure (429, 5xx, timeout, a sink that threw) reschedules
/// the head of the channel's queue with back-off that honours the destination's retry_after, and the rest of that channel waits behind
/// it (order is kept); a permanent rejection parks that one alert as Dead with the reason; a gone destination disables the channel,
/// parks everything queued for it and raises an admin alert. Other channels are unaffected.
/// </remarks>
public sealed class OutboxDispatcher(
    IOutboxQueue outbox,
    IEnumerable<IAlertSink> sinks,
    IPipelineSnapshotSource snapshots,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger,
    AdminNotifier? admin = null)
{
    private readonly IReadOnlyList<IAlertSink> sinks = sinks.ToList();

    /// <summary>Gets or sets how many due rows one pass reads.</summary>
    /// <value>The default value is 200.</value>
    public int BatchSize { get; set; } = 200;

    /// <summary>Delivers what is due now. Returns what it did.</summary>
    public async Task<DispatchReport> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var due = await outbox.GetDueAsync(time.GetUtcNow(), BatchSize, cancellationToken);
        if (due.Count == 0)
        {
            return new DispatchReport(0, 0, 0);
        }

        var disabled = await outbox.ListDisabledChannelsAsync(cancellationToken);
        int delivered = 0, retrying = 0, dead = 0;
        foreach (var channelQueue in due.GroupBy(e => e.Alert.ChannelId, StringComparer.Ordinal))
        {
            var queue = channelQueue.OrderBy(e => e.Sequence).ToList();
            var (d, r, x) = disabled.TryGetValue(channelQueue.Key, out var why)
                ? (0, 0, await ParkAllAsync(queue, $"channel disabled: {why}; fix the channel, then run 'monitor outbox retry --dead'", cancellationToken))
                : await DispatchChannelAsync(channelQueue.Key, queue, cancellationToken);
            delivered += d;
            retrying += r;
            dead += x;
        }

        return new DispatchReport(delivered, retrying, dead);
    }

    private async Task<(int Delivered, int Retrying, int Dead)> DispatchChannelAsync(string channelId, List<OutboxEntry> queue, CancellationToken cancellationToken)
    {
        if (!snapshots.Current.Channels.TryGetValue(channelId, out var channel))
        {
            return (0, 0, await ParkAllAsync(queue, $"channel '{channelId}' is no longer in the config; add it back and run 'monitor outbox retry --dead'", cancellationToken));
        }

        var sink = sinks.FirstOrDefault(s => s.CanDeliver(channel));
        if (sink is null)
        {
            return (0, 0, await ParkAllAsync(queue, $"no sink can deliver to channel '{channelId}'", cancellationToken));
        }

        int delivered = 0, dead = 0;
        while (queue.Count > 0)
        {
            var outcome = await DeliverAsync(sink, channel, queue, cancellationToken);
            var now = time.GetUtcNow();
            switch (outcome.Status)
            {
                case DeliveryStatus.Delivered:
                    var count = Math.Clamp(outcome.DeliveredCount, 1, queue.Count);
                    await outbox.MarkSentAsync(queue.Take(count).Select(e => e.Sequence).ToList(), outcome.MessageId, now, cancellationToken);
                    Log.Delivered(logger, count, channelId);
                    delivered += count;
                    queue.RemoveRange(0, count);
                    break;
                case DeliveryStatus.RetryLater:
                    var head = queue[0];
                    var reason = outcome.Reason ?? "transient failure";
                    var next = RetrySchedule.Next(head.Attempts + 1, outcome.RetryAfter, now);
                    await outbox.ScheduleRetryAsync(head.Sequence, next, reason, cancellationToken);
                    Log.DeliveryRetry(logger, head.Sequence, channelId, next, reason);
                    return (delivered, queue.Count, dead);
                case DeliveryStatus.Rejected:
                    await ParkAsync(queue[0], outcome.Reason ?? "rejected", cancellationToken);
                    queue.RemoveAt(0);
                    dead++;
                    break;
                default:
                    await DisableAsync(channelId, outcome.Reason ?? "destination gone", cancellationToken);
                    return (delivered, 0, dead + await ParkAllAsync(queue, outcome.Reason ?? "destination gone", cancellationToken));
            }
        }

        return (delivered, 0, dead);
    }

    private async Task<DeliveryOutcome> DeliverAsync(IAlertSink sink, Domain.Channels.ChannelDefinition channel, List<OutboxEntry> queue, CancellationToken cancellationToken)
    {
        try
        {
            return await sink.DeliverAsync(channel, queue.Select(e => e.Alert).ToList(), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A sink should return outcomes, but a timeout or a bug must not spin the loop: retry with back-off, the row stays pending.
            var reason = ex is OperationCanceledException ? "timeout" : "sink error: " + ex.GetType().Name;
            Log.SinkThrew(logger, channel.Id, queue[0].Sequence, reason, ex);
            return DeliveryOutcome.RetryLater(reason);
        }
    }

    private async Task DisableAsync(string channelId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await outbox.DisableChannelAsync(channelId, reason, now, cancellationToken);
        Log.ChannelDisabled(logger, channelId, reason);
        if (admin is not null && !string.Equals(snapshots.Current.AdminChannelId, channelId, StringComparison.Ordinal))
        {
            await admin.NotifyAsync(
                $"destination-gone:{channelId}:{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}",
                "delivery",
                $"Channel '{channelId}' is disabled: its Discord destination is gone",
                $"{reason}. Monitor no longer sends to it; its alerts are parked as dead. Create a new webhook, update the config, then run 'monitor outbox retry --dead'.",
                Severity.High,
                cancellationToken);
        }
    }

    private async Task<int> ParkAllAsync(List<OutboxEntry> queue, string reason, CancellationToken cancellationToken)
    {
        foreach (var entry in queue)
        {
            await ParkAsync(entry, reason, cancellationToken);
        }

        return queue.Count;
    }

    private async Task ParkAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken)
    {
        await outbox.MarkDeadAsync(entry.Sequence, reason, time.GetUtcNow(), cancellationToken);
        Log.DeliveryDead(logger, entry.Sequence, entry.Alert.ChannelId, reason);
    }
}
