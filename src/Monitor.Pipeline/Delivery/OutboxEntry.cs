using Monitor.Domain.Alerts;

namespace Monitor.Pipeline.Delivery;

/// <summary>One alert in the durable outbox.</summary>
/// <param name="Sequence">Monotonic sequence number: the creation order (alerts for one channel leave in this order).</param>
/// <param name="Alert">The alert.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">Delivery attempts so far.</param>
/// <param name="NextAttemptAt">Not before this time.</param>
public sealed record OutboxEntry(long Sequence, Alert Alert, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt)
{
    /// <summary>Gets the last failure reason.</summary>
    public string? LastError { get; init; }

    /// <summary>Gets the destination's message id once sent.</summary>
    public string? MessageId { get; init; }

    /// <summary>Gets when the entry was created (enqueued).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
