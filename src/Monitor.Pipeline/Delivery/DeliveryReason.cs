namespace Monitor.Pipeline.Delivery;

/// <summary>Why a <see cref="DeliveryDecision"/> was taken; logged with it.</summary>
public enum DeliveryReason
{
    /// <summary>The destination confirmed the message.</summary>
    Delivered,

    /// <summary>429, 5xx, a timeout or a sink that threw: try again with back-off (or exactly when the destination asked).</summary>
    TransientFailure,

    /// <summary>The destination refused this alert (for example an embed Discord will not take).</summary>
    Rejected,

    /// <summary>An answer nobody classified: only this alert is parked, nothing is concluded about the channel.</summary>
    UnexpectedResponse,

    /// <summary>The destination is gone for good (Discord 10015 Unknown Webhook, 50027 Invalid Webhook Token).</summary>
    DestinationGone,

    /// <summary>The destination exists but a permission is missing (Discord 50013): an admin can grant it.</summary>
    PermissionMissing,

    /// <summary>The channel was disabled earlier (its destination went away).</summary>
    ChannelDisabled,

    /// <summary>The channel is no longer in the config.</summary>
    ChannelNotConfigured,

    /// <summary>No sink serves the channel.</summary>
    NoSink,
}
