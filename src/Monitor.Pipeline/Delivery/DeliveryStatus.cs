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

    /// <summary>The destination no longer exists (webhook deleted or its token reset): stop using it.</summary>
    DestinationGone,

    /// <summary>The destination exists but a permission is missing (Discord 50013): hold the channel until an admin grants it.</summary>
    PermissionMissing,

    /// <summary>An answer the sink does not recognise: park that one alert, conclude nothing about the channel.</summary>
    Unexpected,
}
