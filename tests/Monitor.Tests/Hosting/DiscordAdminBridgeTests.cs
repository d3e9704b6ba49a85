using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Discord.RateLimiting;
using Monitor.Hosting;
using Monitor.Pipeline.Admin;

namespace Monitor.Tests.Hosting;

public sealed class DiscordAdminBridgeTests
{
    private readonly FakeTimeProvider time = new();

    [Theory]
    [InlineData(RateLimitAlarm.Banned, AdminAlertKind.DiscordBanned)]
    [InlineData(RateLimitAlarm.TokenRejected, AdminAlertKind.DiscordTokenRejected)]
    [InlineData(RateLimitAlarm.InvalidRequestBudget, AdminAlertKind.DiscordInvalidRequests)]
    public void ToAdminAlert_Alarm_OneKindWithThePause(RateLimitAlarm alarm, AdminAlertKind expected)
    {
        var now = time.GetUtcNow();

        var alert = DiscordAdminBridge.ToAdminAlert(new DiscordAdminAlert(alarm, now, now.AddMinutes(30), "m"));

        Assert.Equal(new AdminAlert(expected, "discord", now) { NextAttemptAt = now.AddMinutes(30) }, alert);
    }

    [Fact]
    public void ToAdminAlert_NoAlarm_Null() =>
        Assert.Null(DiscordAdminBridge.ToAdminAlert(new DiscordAdminAlert(RateLimitAlarm.None, time.GetUtcNow(), null, "m")));

    [Fact]
    public void TryTake_SignalRaised_WaitsUntilTakenOnce()
    {
        var signal = new DiscordAdminSignal();
        using var bridge = new DiscordAdminBridge(signal, NullLogger<DiscordAdminBridge>.Instance);

        var before = bridge.TryTake(out _);
        signal.Raise(new DiscordAdminAlert(RateLimitAlarm.TokenRejected, time.GetUtcNow(), null, "token rejected"));
        var taken = bridge.TryTake(out var alert);
        var again = bridge.TryTake(out _);

        Assert.Equal((false, true, false), (before, taken, again));
        Assert.Equal(AdminAlertKind.DiscordTokenRejected, alert!.Kind);
    }
}
