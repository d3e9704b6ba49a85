using Monitor.Pipeline.Delivery;

namespace Monitor.Pipeline.Tests.Delivery;

public sealed class DeliveryDeciderTests
{
    private static readonly DateTimeOffset Now = Builders.Now;

    public static TheoryData<string, DeliveryOutcome, int, DeliveryAction, DeliveryReason, double?> Outcomes => new()
    {
        // case,                                           outcome,                                                                attempts, action,                         reason,                             next attempt (s after now)
        { "delivered batch settles its rows",              DeliveryOutcome.Delivered(3, "m1"),                                     0, DeliveryAction.MarkSent,       DeliveryReason.Delivered,          null },
        { "429 waits exactly retry_after",                 DeliveryOutcome.RetryLater("HTTP 429", TimeSpan.FromSeconds(42)),       5, DeliveryAction.RetryHead,      DeliveryReason.TransientFailure,   42 },
        { "first 5xx backs off from the base delay",       DeliveryOutcome.RetryLater("HTTP 503"),                                 0, DeliveryAction.RetryHead,      DeliveryReason.TransientFailure,   2 },
        { "fourth timeout backs off 16 seconds",           DeliveryOutcome.RetryLater("timeout"),                                  3, DeliveryAction.RetryHead,      DeliveryReason.TransientFailure,   16 },
        { "long outage is capped at five minutes",         DeliveryOutcome.RetryLater("HTTP 502"),                                 40, DeliveryAction.RetryHead,     DeliveryReason.TransientFailure,   300 },
        { "400 parks only that alert",                     DeliveryOutcome.Rejected("HTTP 400: 50035 Invalid Form Body"),          0, DeliveryAction.ParkHead,       DeliveryReason.Rejected,           null },
        { "10015 webhook gone disables the channel",       DeliveryOutcome.Gone("HTTP 404: 10015 Unknown Webhook"),               0, DeliveryAction.DisableChannel, DeliveryReason.DestinationGone,    null },
        { "50013 missing permission holds the channel",    DeliveryOutcome.PermissionMissing("HTTP 403: 50013 Missing Permissions"), 0, DeliveryAction.HoldChannel, DeliveryReason.PermissionMissing,  1800 },
        { "unknown status parks only that alert",          DeliveryOutcome.Unexpected("HTTP 418"),                                 0, DeliveryAction.ParkHead,       DeliveryReason.UnexpectedResponse, null },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Decide_Outcome_GivesActionReasonAndTime(string name, DeliveryOutcome outcome, int attempts, DeliveryAction action, DeliveryReason reason, double? nextAfterSeconds)
    {
        var decision = DeliveryDecider.Decide(outcome, attempts, queued: 5, Now);

        Assert.True(action == decision.Action, $"{name}: expected {action}, got {decision.Action}");
        Assert.True(reason == decision.Reason, $"{name}: expected {reason}, got {decision.Reason}");
        Assert.True(Now.AddSeconds(nextAfterSeconds ?? 0) == (decision.NextAttemptAt ?? Now), $"{name}: next attempt {decision.NextAttemptAt}");
    }

    [Theory]
    [InlineData(0, 4, 1)]
    [InlineData(2, 4, 2)]
    [InlineData(9, 4, 4)]
    public void Decide_DeliveredCount_SettlesAtLeastOneAndAtMostTheQueue(int deliveredCount, int queued, int expected) =>
        Assert.Equal(expected, DeliveryDecider.Decide(DeliveryOutcome.Delivered(deliveredCount), 0, queued, Now).Count);

    [Fact]
    public void Decide_PermissionMissing_DetailKeepsTheReasonAndSaysWhenItIsTriedAgain()
    {
        var decision = DeliveryDecider.Decide(DeliveryOutcome.PermissionMissing("HTTP 403: 50013 Missing Permissions"), 0, 1, Now);

        Assert.StartsWith("HTTP 403: 50013 Missing Permissions; channel held", decision.Detail, StringComparison.Ordinal);
        Assert.Contains((Now + DeliveryDecider.PermissionHold).UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), decision.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ready channel is sent", null, true, true, null)]
    [InlineData("disabled channel is parked", "HTTP 404: 10015 Unknown Webhook", true, true, DeliveryReason.ChannelDisabled)]
    [InlineData("channel gone from the config is parked", null, false, false, DeliveryReason.ChannelNotConfigured)]
    [InlineData("channel no sink serves is parked", null, true, false, DeliveryReason.NoSink)]
    public void BeforeSend_ChannelState_SendOrParkAll(string name, string? disabledReason, bool configured, bool hasSink, DeliveryReason? expected)
    {
        var decision = DeliveryDecider.BeforeSend("crisis", disabledReason, configured, hasSink);

        Assert.True(expected == decision?.Reason, $"{name}: expected {expected}, got {decision?.Reason}");
        Assert.True(decision is null || decision.Action == DeliveryAction.ParkAll, name);
    }
}
