namespace Monitor.Pipeline.Delivery;

/// <summary>What to do with a channel's queue, and why; returned by <see cref="DeliveryDecider"/>, carried out by <see cref="OutboxDispatcher"/>.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Reason">Why.</param>
/// <param name="Detail">The text stored as the alert's last error (safe to show: no secrets), or null when delivered.</param>
public sealed record DeliveryDecision(DeliveryAction Action, DeliveryReason Reason, string? Detail)
{
    /// <summary>Gets how many alerts from the head of the queue were delivered (<see cref="DeliveryAction.MarkSent"/>).</summary>
    public int Count { get; init; }

    /// <summary>Gets the destination's message id (<see cref="DeliveryAction.MarkSent"/>).</summary>
    public string? MessageId { get; init; }

    /// <summary>Gets when the head is tried again (<see cref="DeliveryAction.RetryHead"/>, <see cref="DeliveryAction.HoldChannel"/>).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
}
