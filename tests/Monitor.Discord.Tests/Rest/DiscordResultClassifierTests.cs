using Monitor.Discord.Models;
using Monitor.Discord.Rest;
using Monitor.Pipeline.Delivery;

namespace Monitor.Discord.Tests.Rest;

public sealed class DiscordResultClassifierTests
{
    [Theory]
    [InlineData("200 is delivered", 200, 0, false, false, DiscordFailureKind.None)]
    [InlineData("204 is delivered", 204, 0, false, false, DiscordFailureKind.None)]
    [InlineData("400 invalid form body refuses the payload", 400, 50035, false, false, DiscordFailureKind.Invalid)]
    [InlineData("413 refuses the payload", 413, 40005, false, false, DiscordFailureKind.Invalid)]
    [InlineData("401 invalid webhook token is gone", 401, 50027, false, false, DiscordFailureKind.DestinationGone)]
    [InlineData("401 for a webhook without a code is gone", 401, 0, false, false, DiscordFailureKind.DestinationGone)]
    [InlineData("401 for the bot is its token", 401, 0, true, false, DiscordFailureKind.Unauthorized)]
    [InlineData("403 missing permissions is held", 403, 50013, false, false, DiscordFailureKind.MissingPermission)]
    [InlineData("403 missing access is held", 403, 50001, true, false, DiscordFailureKind.MissingPermission)]
    [InlineData("403 locked thread is held", 403, 160005, false, false, DiscordFailureKind.MissingPermission)]
    [InlineData("403 without a code is unexpected", 403, 0, false, false, DiscordFailureKind.Unexpected)]
    [InlineData("403 without rate-limit headers is a ban", 403, 0, false, true, DiscordFailureKind.Banned)]
    [InlineData("404 unknown webhook is gone", 404, 10015, false, false, DiscordFailureKind.DestinationGone)]
    [InlineData("404 unknown channel is gone", 404, 10003, true, false, DiscordFailureKind.DestinationGone)]
    [InlineData("404 unknown message refuses the edit", 404, 10008, true, false, DiscordFailureKind.Invalid)]
    [InlineData("404 without a code is unexpected", 404, 0, false, false, DiscordFailureKind.Unexpected)]
    [InlineData("405 is unexpected", 405, 0, false, false, DiscordFailureKind.Unexpected)]
    [InlineData("408 is transient", 408, 0, false, false, DiscordFailureKind.Transient)]
    [InlineData("429 is rate limited", 429, 0, false, false, DiscordFailureKind.RateLimited)]
    [InlineData("429 without rate-limit headers is a ban", 429, 0, false, true, DiscordFailureKind.Banned)]
    [InlineData("500 is transient", 500, 0, false, false, DiscordFailureKind.Transient)]
    [InlineData("502 for the bot is transient", 502, 0, true, false, DiscordFailureKind.Transient)]
    [InlineData("a 5xx with a gone code is still transient", 503, 10015, false, false, DiscordFailureKind.Transient)]
    public void Classify_StatusAndCode_OneKind(string scenario, int status, int code, bool isBot, bool isBan, DiscordFailureKind expected)
    {
        var kind = DiscordResultClassifier.Classify(status, code == 0 ? null : new DiscordError(code, "m", []), isBot, isBan);

        Assert.True(expected == kind, $"{scenario}: expected {expected}, got {kind}");
    }

    [Theory]
    [InlineData(DiscordFailureKind.None, DeliveryStatus.Delivered)]
    [InlineData(DiscordFailureKind.RateLimited, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Transient, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Banned, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Unauthorized, DeliveryStatus.RetryLater)]
    [InlineData(DiscordFailureKind.Invalid, DeliveryStatus.Rejected)]
    [InlineData(DiscordFailureKind.DestinationGone, DeliveryStatus.DestinationGone)]
    [InlineData(DiscordFailureKind.MissingPermission, DeliveryStatus.PermissionMissing)]
    [InlineData(DiscordFailureKind.Unexpected, DeliveryStatus.Unexpected)]
    public void ToOutcome_FailureKind_MapsToOutboxStatus(DiscordFailureKind kind, DeliveryStatus expected)
    {
        var outcome = DiscordResultClassifier.ToOutcome(new DiscordSendResult { Failure = kind, Reason = "r", RetryAfter = TimeSpan.FromSeconds(3) }, 4);

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(kind == DiscordFailureKind.None ? 4 : 0, outcome.DeliveredCount);
    }

    [Fact]
    public void ToOutcome_DiscordError_CarriesStatusAndJsonCode()
    {
        var result = new DiscordSendResult { StatusCode = 403, Failure = DiscordFailureKind.MissingPermission, Error = new DiscordError(50013, "Missing Permissions", []), Reason = "HTTP 403: 50013 Missing Permissions" };

        var outcome = DiscordResultClassifier.ToOutcome(result, 1);

        Assert.Equal((403, 50013), (outcome.StatusCode, outcome.ErrorCode));
        Assert.Equal("HTTP 403: 50013 Missing Permissions", outcome.Reason);
    }
}
