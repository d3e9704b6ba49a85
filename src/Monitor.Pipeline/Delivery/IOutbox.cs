namespace Monitor.Pipeline.Delivery;

/// <summary>Port: the durable outbox. Alerts are written by <see cref="Dedup.IItemLedger.CommitAsync"/>; this reads and settles them.</summary>
public interface IOutbox
{
    /// <summary>Returns pending entries whose time has come, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Marks entries sent (only after the destination confirmed them).</summary>
    Task MarkSentAsync(IReadOnlyList<long> sequences, string? messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task ScheduleRetryAsync(long sequence, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken);

    /// <summary>Parks an entry as dead with the reason.</summary>
    Task MarkDeadAsync(long sequence, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Lists entries in a status (for operators), oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus status, int limit, CancellationToken cancellationToken);
}
