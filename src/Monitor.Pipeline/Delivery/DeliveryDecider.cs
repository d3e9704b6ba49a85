using System.Globalization;

namespace Monitor.Pipeline.Delivery;

/// <summary>Decides what a delivery attempt means for a channel's queue. Pure: takes the outcome and <c>now</c>, returns a <see cref="DeliveryDecision"/>.</summary>
/// <remarks>
/// Only a destination that is gone for good disables a channel (Discord restricts clients that keep using a deleted webhook). A missing
/// permission holds the channel: its queue is kept and probed again after <see cref="PermissionHold"/>, because an admin can grant it. An
/// answer no sink classified parks only the one alert, so an unknown status never costs a channel its queue.
/// </remarks>
public static class DeliveryDecider
{
    /// <summary>Gets how long a channel that lacks a permission is held before Monitor probes it again.</summary>
    public static TimeSpan PermissionHold { get; } = TimeSpan.FromMinutes(30);

    /// <summary>Decides whether a channel's queue can be sent at all. Returns null when it can, else a <see cref="DeliveryAction.ParkAll"/> decision.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="disabledReason">Why the channel was disabled, or null when it is not.</param>
    /// <param name="configured">Whether the channel is in the config.</param>
    /// <param name="hasSink">Whether a sink serves it.</param>
    public static DeliveryDecision? BeforeSend(string channelId, string? disabledReason, bool configured, bool hasSink)
    {
        if (disabledReason is not null)
        {
            return new DeliveryDecision(DeliveryAction.ParkAll, DeliveryReason.ChannelDisabled, $"channel disabled: {disabledReason}; fix the channel, then run 'monitor outbox retry --dead'");
        }

        if (!configured)
        {
            return new DeliveryDecision(DeliveryAction.ParkAll, DeliveryReason.ChannelNotConfigured, $"channel '{channelId}' is no longer in the config; add it back and run 'monitor outbox retry --dead'");
        }

        return hasSink ? null : new DeliveryDecision(DeliveryAction.ParkAll, DeliveryReason.NoSink, $"no sink can deliver to channel '{channelId}'");
    }

    /// <summary>Decides what <paramref name="outcome"/> of sending the head of a channel's queue means.</summary>
    /// <param name="outcome">What the sink answered.</param>
    /// <param name="attempts">Attempts of the head before this one.</param>
    /// <param name="queued">Alerts in the channel's queue, the head included.</param>
    /// <param name="now">The current time.</param>
    public static DeliveryDecision Decide(DeliveryOutcome outcome, int attempts, int queued, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            // A sink may deliver a prefix only; at least one row is settled so the loop always moves on.
            DeliveryStatus.Delivered => new DeliveryDecision(DeliveryAction.MarkSent, DeliveryReason.Delivered, null)
            {
                Count = Math.Clamp(outcome.DeliveredCount, 1, Math.Max(1, queued)),
                MessageId = outcome.MessageId,
            },
            DeliveryStatus.RetryLater => new DeliveryDecision(DeliveryAction.RetryHead, DeliveryReason.TransientFailure, outcome.Reason ?? "transient failure")
            {
                NextAttemptAt = RetrySchedule.Next(attempts + 1, outcome.RetryAfter, now),
            },
            DeliveryStatus.Rejected => new DeliveryDecision(DeliveryAction.ParkHead, DeliveryReason.Rejected, outcome.Reason ?? "rejected"),
            DeliveryStatus.DestinationGone => new DeliveryDecision(DeliveryAction.DisableChannel, DeliveryReason.DestinationGone, outcome.Reason ?? "destination gone"),
            DeliveryStatus.PermissionMissing => new DeliveryDecision(DeliveryAction.HoldChannel, DeliveryReason.PermissionMissing, Held(outcome.Reason, now + PermissionHold))
            {
                NextAttemptAt = now + PermissionHold,
            },

            // Unexpected, and any status a newer sink may add: the one alert is parked with what the destination said.
            _ => new DeliveryDecision(DeliveryAction.ParkHead, DeliveryReason.UnexpectedResponse, $"unexpected answer: {outcome.Reason ?? outcome.Status.ToString()}"),
        };
    }

    private static string Held(string? reason, DateTimeOffset until) =>
        string.Create(CultureInfo.InvariantCulture, $"{reason ?? "permission missing"}; channel held, tried again after {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
}
