using Monitor.Discord.Models;
using Monitor.Discord.Rest;
using Monitor.Pipeline.Delivery;

namespace Monitor.Discord.Tests.Rest;

public sealed class DiscordResultClassifierTests
{
    [Theory]
    [InlineData(200, 0, false, false, DiscordFailureKind.None)]
    [InlineData(204, 0, false, false, DiscordFailureKind.None)]
    [InlineData(400, 50035, false, false, DiscordFailureKind.Invalid)]
    [InlineData(401, 50027, false, false, DiscordFailureKind.DestinationGone)]
    [InlineData(401, 0, true, false, DiscordFailureKind.Unauthorized)]
    [InlineData(403, 50013, false, false, DiscordFailureKind.DestinationGone)]
    [InlineData(403, 0, false, true, DiscordFailureKind.Banned)]
    [InlineData(404, 10015, false, false, DiscordFailureKind.DestinationGone)]
    [InlineData(404, 10003, true, false, DiscordFailureKind.DestinationGone)]
    [InlineData(404, 10008, true, false, DiscordFailureKind.Invalid)]
    [InlineData(429, 0, false, false, DiscordFailureKind.RateLimited)]
    [InlineData(429, 0, false, true, DiscordFailureKind.Banned)]
    [InlineData(500, 0, false, false, DiscordFailureKind.Transient)]
    [InlineData(502, 0, true, false, DiscordFailureKind.Transient)]
    [InlineData(413, 40005, false, false, DiscordFailureKind.Invalid)]
    public void Classify_StatusAndCode_OneKind(int status, int code, bool isBot, bool isBan, DiscordFailureKind expected) =>
        Assert.Equal(expected, DiscordResultClassifier.Classify(status, code == 0 ? null : new DiscordError(code, "m", []), isBot, isBan));

    [Theory]
    [InlineData(DiscordFailureKind.None, DeliveryStatus.Delivered)]
    [InlineData(DiscordFailureKind.RateLimited, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Transient, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Banned, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Unauthorized, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Invalid, DeliveryStatus.Rejected)]
    [InlineData(DiscordFailureKind.DestinationGone, DeliveryStatus.DestinationGone)]
    public void ToOutcome_FailureKind_MapsToOutboxStatus(DiscordFailureKind kind, DeliveryStatus expected)
    {
        var outcome = DiscordResultClassifier.ToOutcome(new DiscordSendResult { Failure = kind, Reason = "r", RetryAfter = TimeSpan.FromSeconds(3) }, 4);

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(kind == DiscordFailureKind.None ? 4 : 0, outcome.DeliveredCount);
    }
}
