using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Discord.RateLimiting;

namespace Monitor.Discord.Tests.RateLimiting;

public sealed class DiscordRateLimiterTests
{
    private static readonly DiscordRoute Route = new("POST", "/webhooks/{id}/{token}", "webhook:1", "ip", IsBot: false, PostsMessage: true);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero));
    private readonly DiscordAdminSignal signal = new();
    private readonly DiscordRateLimiter limiter;

    public DiscordRateLimiterTests() =>
        limiter = new DiscordRateLimiter(RateLimitSettings.From(new DiscordOptions { ResetMargin = TimeSpan.Zero }), time, signal, NullLogger<DiscordRateLimiter>.Instance);

    [Fact]
    public async Task AcquireAsync_ShortWait_WaitsOnTheInjectedClockThenGoes()
    {
        Assert.True((await limiter.AcquireAsync(Route, TimeSpan.FromSeconds(5), default)).Proceed);
        limiter.Complete(Route, new RateLimitObservation { StatusCode = 200, Limit = 5, Remaining = 0, ResetAfter = TimeSpan.FromSeconds(2) });

        var waiting = limiter.AcquireAsync(Route, TimeSpan.FromSeconds(5), default);

        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True((await waiting).Proceed);
    }

    [Fact]
    public async Task AcquireAsync_WaitLongerThanMax_HandsTheDelayBackWithoutWaiting()
    {
        Assert.True((await limiter.AcquireAsync(Route, TimeSpan.Zero, default)).Proceed);
        limiter.Complete(Route, new RateLimitObservation { StatusCode = 429, Scope = "shared", RetryAfter = TimeSpan.FromSeconds(40) });

        var decision = await limiter.AcquireAsync(Route, TimeSpan.FromSeconds(5), default);

        Assert.False(decision.Proceed);
        Assert.Equal(RateLimitWaitReason.SharedLimit, decision.Reason);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(40), decision.NotBefore);
    }

    [Fact]
    public async Task AcquireAsync_UnseenBucketInFlight_SecondCallerGoesWhenTheFirstResponseArrives()
    {
        Assert.True((await limiter.AcquireAsync(Route, TimeSpan.Zero, default)).Proceed);

        var second = limiter.AcquireAsync(Route, TimeSpan.Zero, default);

        Assert.False(second.IsCompleted);
        limiter.Complete(Route, new RateLimitObservation { StatusCode = 200, Limit = 5, Remaining = 4, ResetAfter = TimeSpan.FromSeconds(2) });
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(10))).Proceed);
    }

    [Fact]
    public async Task Complete_Ban_RaisesTheAdminSignalOnce()
    {
        Assert.True((await limiter.AcquireAsync(Route, TimeSpan.Zero, default)).Proceed);

        limiter.Complete(Route, RateLimitObservation.From(403, _ => null, "<html>banned</html>"));

        var alert = Assert.Single(signal.Alerts);
        Assert.Equal(RateLimitAlarm.Banned, alert.Alarm);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(30), alert.PausedUntil);
        Assert.Equal(1, limiter.InvalidRequests);
    }
}
