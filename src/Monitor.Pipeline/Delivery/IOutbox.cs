namespace Monitor.Pipeline.Delivery;

/// <summary>Port: the durable outbox. Alerts are written by <see cref="Dedup.IItemLedger.CommitAsync"/>; this reads and settles them.</summary>
public interface IOutbox
{
    /// <summary>Returns pending entries whose time has come, oldest first; an entry is due only when no older pending entry of its channel waits (order per channel).</summary>
    Task<IReadOnlyList<OutboxEntry>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Marks entries sent (only after the destination confirmed them) and stores the destination's message id.</summary>
    Task MarkSentAsync(IReadOnlyList<long> sequences, string? messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task ScheduleRetryAsync(long sequence, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken);

    /// <summary>Parks an entry as dead with the reason.</summary>
    Task MarkDeadAsync(long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Lists entries in a status (for operators), oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus status, int limit, CancellationToken cancellationToken);

    /// <summary>Counts the entries in a status, without reading them.</summary>
    Task<int> CountAsync(OutboxStatus status, CancellationToken cancellationToken);

    /// <summary>Returns the entries (any status, oldest first) created for one feed item: with <see cref="OutboxEntry.MessageId"/>, what to edit when the item changes.</summary>
    Task<IReadOnlyList<OutboxEntry>> FindByItemAsync(string feedId, string itemKey, CancellationToken cancellationToken);

    /// <summary>Puts a dead (or pending) entry back in the queue, due now, and re-enables its channel. Returns false when there is no such entry or it was already sent.</summary>
    Task<bool> RequeueAsync(long sequence, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts every dead entry back in the queue, due now, and re-enables their channels. Returns how many.</summary>
    Task<int> RequeueDeadAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stops using a channel whose destination reported itself gone (e.g. webhook deleted, Discord code 10015).</summary>
    Task DisableChannelAsync(string channelId, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Returns the disabled channels and why.</summary>
    Task<IReadOnlyDictionary<string, string>> ListDisabledChannelsAsync(CancellationToken cancellationToken);
}
