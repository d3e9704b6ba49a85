namespace Monitor.Pipeline.Delivery;

/// <summary>How a delivery attempt ended.</summary>
public enum DeliveryStatus
{
    /// <summary>The destination confirmed the message.</summary>
    Delivered,

    /// <summary>A transient failure (429, 5xx, timeout): try again later.</summary>
    RetryLater,

    /// <summary>A permanent rejection (4xx other than 429): a person must look.</summary>
    Rejected,

    /// <summary>The destination no longer exists (webhook deleted): stop using it.</summary>
    DestinationGone,
}
