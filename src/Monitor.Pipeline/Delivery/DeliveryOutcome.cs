namespace Monitor.Pipeline.Delivery;

/// <summary>The result of one delivery attempt for a batch of alerts bound for one channel.</summary>
/// <remarks>A sink may deliver only a prefix of the batch (for example the embeds that fit into one message); <see cref="DeliveredCount"/> says how many.</remarks>
public sealed record DeliveryOutcome
{
    private DeliveryOutcome()
    {
    }

    /// <summary>Gets the status.</summary>
    public DeliveryStatus Status { get; private init; }

    /// <summary>Gets how many alerts from the start of the batch were delivered (0 unless <see cref="DeliveryStatus.Delivered"/>).</summary>
    public int DeliveredCount { get; private init; }

    /// <summary>Gets the destination's message id, when it returned one.</summary>
    public string? MessageId { get; private init; }

    /// <summary>Gets the delay the destination asked for (Discord's retry_after), when it gave one.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>Gets the reason for a failure, safe to log (no secrets).</summary>
    public string? Reason { get; private init; }

    /// <summary>Gets the destination's HTTP status, when an answer arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the destination's own error code (Discord's JSON <c>code</c>, for example 10015 Unknown Webhook), when it sent one.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>The first <paramref name="count"/> alerts were delivered.</summary>
    public static DeliveryOutcome Delivered(int count, string? messageId = null) =>
        new() { Status = DeliveryStatus.Delivered, DeliveredCount = count, MessageId = messageId };

    /// <summary>A transient failure.</summary>
    public static DeliveryOutcome RetryLater(string reason, TimeSpan? retryAfter = null) =>
        new() { Status = DeliveryStatus.RetryLater, Reason = reason, RetryAfter = retryAfter };

    /// <summary>A permanent rejection of the first alert of the batch.</summary>
    public static DeliveryOutcome Rejected(string reason) => new() { Status = DeliveryStatus.Rejected, Reason = reason };

    /// <summary>The destination is gone for good.</summary>
    public static DeliveryOutcome Gone(string reason) => new() { Status = DeliveryStatus.DestinationGone, Reason = reason };

    /// <summary>The destination exists but refuses Monitor for lack of a permission an admin can grant.</summary>
    public static DeliveryOutcome PermissionMissing(string reason) => new() { Status = DeliveryStatus.PermissionMissing, Reason = reason };

    /// <summary>An answer the sink does not know what to make of.</summary>
    public static DeliveryOutcome Unexpected(string reason) => new() { Status = DeliveryStatus.Unexpected, Reason = reason };
}
