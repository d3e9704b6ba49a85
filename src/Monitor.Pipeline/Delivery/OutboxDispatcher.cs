using Microsoft.Extensions.Logging;
using Monitor.Pipeline.Polling;

namespace Monitor.Pipeline.Delivery;

/// <summary>Sends pending outbox alerts to their channels, oldest first per channel, and settles each row from the destination's answer.</summary>
/// <remarks>
/// A row becomes Sent only after the destination confirmed it. A transient failure reschedules the head of the channel's queue and the
/// rest of that channel waits behind it (order is kept); a permanent rejection parks that one alert as Dead; a gone destination parks
/// everything queued for it. Other channels are unaffected.
/// </remarks>
public sealed class OutboxDispatcher(
    IOutbox outbox,
    IEnumerable<IAlertSink> sinks,
    IPipelineSnapshotSource snapshots,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private readonly IReadOnlyList<IAlertSink> sinks = sinks.ToList();

    /// <summary>Gets or sets how many due rows one pass reads.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Delivers what is due now. Returns what it did.</summary>
    public async Task<DispatchReport> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var due = await outbox.GetDueAsync(time.GetUtcNow(), BatchSize, cancellationToken);
        int delivered = 0, retrying = 0, dead = 0;
        foreach (var channelQueue in due.GroupBy(e => e.Alert.ChannelId, StringComparer.Ordinal))
        {
            var (d, r, x) = await DispatchChannelAsync(channelQueue.Key, channelQueue.OrderBy(e => e.Sequence).ToList(), cancellationToken);
            delivered += d;
            retrying += r;
            dead += x;
        }

        return new DispatchReport(delivered, retrying, dead);
    }

    private async Task<(int Delivered, int Retrying, int Dead)> DispatchChannelAsync(string channelId, List<OutboxEntry> queue, CancellationToken cancellationToken)
    {
        int delivered = 0, dead = 0;
        if (!snapshots.Current.Channels.TryGetValue(channelId, out var channel))
        {
            foreach (var entry in queue)
            {
                await ParkAsync(entry, $"channel '{channelId}' is no longer in the config; add it back and run 'monitor outbox retry --dead'", cancellationToken);
            }

            return (0, 0, queue.Count);
        }

        var sink = sinks.FirstOrDefault(s => s.CanDeliver(channel));
        if (sink is null)
        {
            foreach (var entry in queue)
            {
                await ParkAsync(entry, $"no sink can deliver to channel '{channelId}'", cancellationToken);
            }

            return (0, 0, queue.Count);
        }

        while (queue.Count > 0)
        {
            var outcome = await sink.DeliverAsync(channel, queue.Select(e => e.Alert).ToList(), cancellationToken);
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
                    var next = RetrySchedule.Next(head.Attempts + 1, outcome.RetryAfter, now);
                    await outbox.ScheduleRetryAsync(head.Sequence, next, outcome.Reason ?? "transient failure", cancellationToken);
                    Log.DeliveryRetry(logger, head.Sequence, channelId, next, outcome.Reason ?? "transient failure");
                    return (delivered, queue.Count, dead);
                case DeliveryStatus.Rejected:
                    await ParkAsync(queue[0], outcome.Reason ?? "rejected", cancellationToken);
                    queue.RemoveAt(0);
                    dead++;
                    break;
                default:
                    foreach (var entry in queue)
                    {
                        await ParkAsync(entry, outcome.Reason ?? "destination gone", cancellationToken);
                    }

                    return (delivered, 0, dead + queue.Count);
            }
        }

        return (delivered, 0, dead);
    }

    private async Task ParkAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken)
    {
        await outbox.MarkDeadAsync(entry.Sequence, reason, time.GetUtcNow(), cancellationToken);
        Log.DeliveryDead(logger, entry.Sequence, entry.Alert.ChannelId, reason);
    }
}
