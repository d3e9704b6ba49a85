using Microsoft.Extensions.Logging;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Admin;
using Monitor.Pipeline.Polling;

namespace Monitor.Pipeline.Delivery;

/// <summary>Sends pending outbox alerts to their channels, oldest first per channel, and settles each row from the destination's answer.</summary>
/// <remarks>
/// A row becomes Sent only after the destination confirmed it. What an answer means is decided by <see cref="DeliveryDecider"/>; this class
/// only carries the decision out: a transient failure reschedules the head of the channel's queue and the rest waits behind it (order is
/// kept); a rejection or an unexpected answer parks that one alert; a missing permission holds the channel with its queue; a gone
/// destination disables the channel and parks its queue. The last two raise an admin alert. Other channels are unaffected.
/// </remarks>
public sealed class OutboxDispatcher(
    IOutboxQueue outbox,
    IEnumerable<IAlertSink> sinks,
    IPipelineSnapshotSource snapshots,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger,
    AdminAlertQueue? admin = null,
    IEnumerable<IAdminAlertSource>? adminSources = null)
{
    private readonly IReadOnlyList<IAlertSink> sinks = sinks.ToList();
    private readonly IReadOnlyList<IAdminAlertSource> adminSources = adminSources?.ToList() ?? [];

    /// <summary>Gets or sets how many due rows one pass reads.</summary>
    /// <value>The default value is 200.</value>
    public int BatchSize { get; set; } = 200;

    /// <summary>Delivers what is due now. Returns what it did.</summary>
    public async Task<DispatchReport> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await QueueRaisedAdminAlertsAsync(cancellationToken);
        var due = await outbox.GetDueAsync(time.GetUtcNow(), BatchSize, cancellationToken);
        if (due.Count == 0)
        {
            return new DispatchReport(0, 0, 0);
        }

        var disabled = await outbox.ListDisabledChannelsAsync(cancellationToken);
        var snapshot = snapshots.Current;
        int delivered = 0, retrying = 0, dead = 0;
        foreach (var channelQueue in due.GroupBy(e => e.Alert.ChannelId, StringComparer.Ordinal))
        {
            var queue = channelQueue.OrderBy(e => e.Sequence).ToList();
            var channel = snapshot.Channels.GetValueOrDefault(channelQueue.Key);
            var sink = channel is null ? null : sinks.FirstOrDefault(s => s.CanDeliver(channel));
            var skip = DeliveryDecider.BeforeSend(channelQueue.Key, disabled.GetValueOrDefault(channelQueue.Key), channel is not null, sink is not null);
            var (d, r, x) = skip is not null
                ? (0, 0, await ParkAllAsync(queue, skip, cancellationToken))
                : await DispatchChannelAsync(sink!, channel!, queue, cancellationToken);
            delivered += d;
            retrying += r;
            dead += x;
        }

        return new DispatchReport(delivered, retrying, dead);
    }

    private async Task<(int Delivered, int Retrying, int Dead)> DispatchChannelAsync(IAlertSink sink, ChannelDefinition channel, List<OutboxEntry> queue, CancellationToken cancellationToken)
    {
        int delivered = 0, dead = 0;
        while (queue.Count > 0)
        {
            var outcome = await DeliverAsync(sink, channel, queue, cancellationToken);
            var now = time.GetUtcNow();
            var decision = DeliveryDecider.Decide(outcome, queue[0].Attempts, queue.Count, now);
            switch (decision.Action)
            {
                case DeliveryAction.MarkSent:
                    await outbox.MarkSentAsync(queue.Take(decision.Count).Select(e => e.Sequence).ToList(), decision.MessageId, now, cancellationToken);
                    Log.Delivered(logger, decision.Count, channel.Id);
                    delivered += decision.Count;
                    queue.RemoveRange(0, decision.Count);
                    break;
                case DeliveryAction.RetryHead:
                    await RescheduleHeadAsync(queue[0], decision, cancellationToken);
                    return (delivered, queue.Count, dead);
                case DeliveryAction.ParkHead:
                    await ParkAsync(queue[0], decision, now, cancellationToken);
                    queue.RemoveAt(0);
                    dead++;
                    break;
                case DeliveryAction.HoldChannel:
                    await RescheduleHeadAsync(queue[0], decision, cancellationToken);
                    Log.ChannelHeld(logger, channel.Id, decision.NextAttemptAt!.Value, decision.Detail!);
                    await TellAdminAsync(channel.Id, decision, now, cancellationToken);
                    return (delivered, queue.Count, dead);
                case DeliveryAction.DisableChannel:
                    await outbox.DisableChannelAsync(channel.Id, decision.Detail!, now, cancellationToken);
                    Log.ChannelDisabled(logger, channel.Id, decision.Detail!);
                    await TellAdminAsync(channel.Id, decision, now, cancellationToken);
                    return (delivered, 0, dead + await ParkAllAsync(queue, decision, cancellationToken));
                default:
                    return (delivered, 0, dead + await ParkAllAsync(queue, decision, cancellationToken));
            }
        }

        return (delivered, 0, dead);
    }

    private async Task<DeliveryOutcome> DeliverAsync(IAlertSink sink, ChannelDefinition channel, List<OutboxEntry> queue, CancellationToken cancellationToken)
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

    private async Task RescheduleHeadAsync(OutboxEntry head, DeliveryDecision decision, CancellationToken cancellationToken)
    {
        var next = decision.NextAttemptAt!.Value;
        await outbox.ScheduleRetryAsync(head.Sequence, next, decision.Detail!, cancellationToken);
        Log.DeliveryRetry(logger, head.Sequence, head.Alert.ChannelId, next, decision.Detail!);
    }

    private async Task TellAdminAsync(string channelId, DeliveryDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kind = decision.Action == DeliveryAction.HoldChannel ? AdminAlertKind.PermissionMissing : AdminAlertKind.WebhookGone;
        var alert = new AdminAlert(kind, channelId, now) { Error = decision.Detail, NextAttemptAt = decision.NextAttemptAt };
        if (admin is not null)
        {
            await admin.QueueAsync(alert, snapshots.Current.AdminChannelId, cancellationToken);
        }
    }

    private async Task QueueRaisedAdminAlertsAsync(CancellationToken cancellationToken)
    {
        foreach (var source in adminSources)
        {
            while (admin is not null && source.TryTake(out var alert))
            {
                await admin.QueueAsync(alert, snapshots.Current.AdminChannelId, cancellationToken);
            }
        }
    }

    private async Task<int> ParkAllAsync(List<OutboxEntry> queue, DeliveryDecision decision, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var entry in queue)
        {
            await ParkAsync(entry, decision, now, cancellationToken);
        }

        return queue.Count;
    }

    private async Task ParkAsync(OutboxEntry entry, DeliveryDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reason = decision.Detail ?? decision.Reason.ToString();
        await outbox.MarkDeadAsync(entry.Sequence, reason, now, cancellationToken);
        Log.DeliveryDead(logger, entry.Sequence, entry.Alert.ChannelId, reason);
    }
}
