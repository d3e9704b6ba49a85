namespace Monitor.Pipeline.Delivery;

/// <summary>What the dispatcher does with a channel's queue after a <see cref="DeliveryDecision"/>.</summary>
public enum DeliveryAction
{
    /// <summary>Mark the first <see cref="DeliveryDecision.Count"/> alerts sent and go on with the rest.</summary>
    MarkSent,

    /// <summary>Reschedule the head of the queue at <see cref="DeliveryDecision.NextAttemptAt"/>; the rest of the channel waits behind it.</summary>
    RetryHead,

    /// <summary>Park the head as dead with the reason and go on with the rest.</summary>
    ParkHead,

    /// <summary>Stop sending to the channel until <see cref="DeliveryDecision.NextAttemptAt"/>, keep its queue, tell the admins.</summary>
    HoldChannel,

    /// <summary>Disable the channel, park its whole queue, tell the admins.</summary>
    DisableChannel,

    /// <summary>Park the whole queue without sending (the channel cannot be served).</summary>
    ParkAll,
}
