namespace Monitor.Pipeline.Delivery;

/// <summary>
/// Port: the outbox as the dispatcher sees it: take what is due, settle each row from the destination's answer, disable a gone channel.
/// Alerts are written by <see cref="Dedup.IItemLedger.CommitAsync"/>; operators use <see cref="IOutboxAdmin"/>.
/// </summary>
public interface IOutboxQueue : IDisabledChannels
{
    /// <summary>
    /// Returns pending entries whose time has come, oldest first; an entry is due only when no older pending entry of its channel waits (order per channel).
    /// A row whose stored payload cannot be read is parked as <see cref="OutboxStatus.Dead"/> with the reason and left out, so it never stops the others.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Marks entries sent (only after the destination confirmed them) and stores the destination's message id.</summary>
    Task MarkSentAsync(IReadOnlyList<long> sequences, string? messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task ScheduleRetryAsync(long sequence, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken);

    /// <summary>Parks an entry as dead with the reason.</summary>
    Task MarkDeadAsync(long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stops using a channel whose destination reported itself gone (e.g. webhook deleted, Discord code 10015).</summary>
    Task DisableChannelAsync(string channelId, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Returns the entries (any status, oldest first) created for one feed item: with <see cref="OutboxEntry.MessageId"/>, what to edit when the item changes.</summary>
    Task<IReadOnlyList<OutboxEntry>> FindByItemAsync(string feedId, string itemKey, CancellationToken cancellationToken);
}
