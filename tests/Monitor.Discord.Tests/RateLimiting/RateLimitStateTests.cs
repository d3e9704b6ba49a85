using Microsoft.Extensions.Time.Testing;
using Monitor.Discord.RateLimiting;

namespace Monitor.Discord.Tests.RateLimiting;

public sealed class RateLimitStateTests
{
    private static readonly DiscordRoute WebhookA = new("POST", "/webhooks/{id}/{token}", "webhook:1", "ip", IsBot: false, PostsMessage: true);
    private static readonly DiscordRoute WebhookB = WebhookA with { MajorId = "webhook:2" };
    private static readonly DiscordRoute BotChannel = new("POST", "/channels/{channel}/messages", "channel:9", "bot:AA", IsBot: true, PostsMessage: true);
    private static readonly DiscordRoute BotEdit = new("PATCH", "/channels/{channel}/messages/{message}", "channel:9", "bot:AA", IsBot: true, PostsMessage: false);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero));
    private readonly RateLimitState state = new(new RateLimitSettings(
        GlobalPerSecond: 50,
        InvalidPauseAt: 5000,
        InvalidWindow: TimeSpan.FromMinutes(10),
        BanPause: TimeSpan.FromMinutes(30),
        ChannelBudget: 1000,
        ChannelWindow: TimeSpan.FromSeconds(60),
        ResetMargin: TimeSpan.Zero));

    private DateTimeOffset Now => time.GetUtcNow();

    [Fact]
    public void TryAcquire_UnseenBucket_OnlyOneInFlightUntilHeadersArrive()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        Assert.Equal(RateLimitWaitReason.BucketInFlight, state.TryAcquire(WebhookA, Now).Reason);
        Assert.True(state.TryAcquire(WebhookB, Now).Proceed); // another major resource is another bucket

        state.Complete(WebhookA, Ok(limit: 5, remaining: 4, resetAfter: 2), Now);

        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed); // limits known: several may be in flight
    }

    [Fact]
    public void TryAcquire_RemainingZero_WaitsForResetAfterThenGoes()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        state.Complete(WebhookA, Ok(limit: 5, remaining: 0, resetAfter: 1.5), Now);

        var decision = state.TryAcquire(WebhookA, Now);

        Assert.Equal(RateLimitWaitReason.BucketExhausted, decision.Reason);
        Assert.Equal(Now + TimeSpan.FromSeconds(1.5), decision.NotBefore);
        time.Advance(TimeSpan.FromSeconds(1.49));
        Assert.False(state.TryAcquire(WebhookA, Now).Proceed);
        time.Advance(TimeSpan.FromSeconds(0.01));
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
    }

    [Fact]
    public void TryAcquire_RemainingCountsRequestsInFlight()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        state.Complete(WebhookA, Ok(limit: 5, remaining: 2, resetAfter: 2), Now);

        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        Assert.Equal(RateLimitWaitReason.BucketExhausted, state.TryAcquire(WebhookA, Now).Reason);
    }

    [Fact]
    public void Complete_429ForBucket_ClosesOnlyThatBucketForRetryAfter()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        state.Complete(WebhookA, TooMany(retryAfter: 3.25, scope: "user"), Now);

        var decision = state.TryAcquire(WebhookA, Now);

        Assert.Equal(RateLimitWaitReason.BucketExhausted, decision.Reason);
        Assert.Equal(Now + TimeSpan.FromSeconds(3.25), decision.NotBefore);
        Assert.True(state.TryAcquire(WebhookB, Now).Proceed);
        Assert.Equal(1, state.InvalidRequests(Now));
    }

    [Fact]
    public void Complete_Global429_ClosesEveryRouteOfThatTokenOnly()
    {
        Assert.True(state.TryAcquire(BotChannel, Now).Proceed);
        state.Complete(BotChannel, TooMany(retryAfter: 2, scope: "global", global: true), Now);

        Assert.Equal(RateLimitWaitReason.GlobalLimit, state.TryAcquire(BotEdit, Now).Reason);
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed); // webhooks count against the IP, not the bot token
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(state.TryAcquire(BotEdit, Now).Proceed);
    }

    [Fact]
    public void Complete_Shared429_ClosesTheChannelAndIsNotAnInvalidRequest()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        state.Complete(WebhookA, TooMany(retryAfter: 40, scope: "shared", remaining: 3), Now);

        var decision = state.TryAcquire(WebhookA, Now);

        Assert.Equal(RateLimitWaitReason.SharedLimit, decision.Reason);
        Assert.Equal(Now + TimeSpan.FromSeconds(40), decision.NotBefore);
        Assert.Equal(0, state.InvalidRequests(Now));
        time.Advance(TimeSpan.FromSeconds(40));
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
    }

    [Fact]
    public void TryAcquire_GlobalCeiling_AtMost50PerSecondPerToken()
    {
        var routes = Enumerable.Range(0, 60).Select(i => BotChannel with { MajorId = $"channel:{i}" }).ToList();

        var allowed = routes.Count(r => state.TryAcquire(r, Now).Proceed);

        Assert.Equal(50, allowed);
        Assert.Equal(RateLimitWaitReason.GlobalCeiling, state.TryAcquire(routes[55], Now).Reason);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(state.TryAcquire(routes[55], Now).Proceed);
    }

    [Fact]
    public void TryAcquire_ChannelBudget_HoldsMessagesBelowTheHiddenLimit()
    {
        var budgeted = new RateLimitState(new RateLimitSettings(50, 5000, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), 3, TimeSpan.FromSeconds(60), TimeSpan.Zero));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(budgeted.TryAcquire(WebhookA, Now).Proceed);
            budgeted.Complete(WebhookA, Ok(limit: 5, remaining: 4 - i, resetAfter: 2), Now);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var decision = budgeted.TryAcquire(WebhookA, Now);

        Assert.Equal(RateLimitWaitReason.ChannelBudget, decision.Reason);
        Assert.Equal(Now + TimeSpan.FromSeconds(57), decision.NotBefore);
        Assert.True(budgeted.TryAcquire(WebhookA with { PostsMessage = false, Template = "/webhooks/{id}/{token}/messages/{message}" }, Now).Proceed);
    }

    [Fact]
    public void Complete_BucketHash_RoutesWithTheSameHashShareOneBucketPerMajor()
    {
        Assert.True(state.TryAcquire(BotChannel, Now).Proceed);
        state.Complete(BotChannel, Ok(limit: 5, remaining: 0, resetAfter: 5, bucket: "h1"), Now);
        Assert.True(state.TryAcquire(BotEdit, Now).Proceed);
        state.Complete(BotEdit, Ok(limit: 5, remaining: 0, resetAfter: 5, bucket: "h1"), Now);

        Assert.Equal(RateLimitWaitReason.BucketExhausted, state.TryAcquire(BotChannel, Now).Reason);
        Assert.Equal(RateLimitWaitReason.BucketExhausted, state.TryAcquire(BotEdit, Now).Reason);
        Assert.True(state.TryAcquire(BotChannel with { MajorId = "channel:10" }, Now).Proceed);
    }

    [Fact]
    public void Complete_CloudflareBan_PausesAllTrafficAndRaisesAlarm()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        var ban = RateLimitObservation.From(429, _ => null, "<html>error code: 1015</html>");

        var alarm = state.Complete(WebhookA, ban, Now);

        Assert.Equal(RateLimitAlarm.Banned, alarm);
        Assert.Equal(RateLimitWaitReason.Banned, state.TryAcquire(BotChannel, Now).Reason);
        Assert.Equal(RateLimitWaitReason.Banned, state.TryAcquire(WebhookB, Now).Reason);
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.True(state.TryAcquire(WebhookB, Now).Proceed);
    }

    [Fact]
    public void Complete_InvalidRequestsReachMargin_PausesEverythingUntilTheWindowDrains()
    {
        var small = new RateLimitState(new RateLimitSettings(50, 3, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), 1000, TimeSpan.FromSeconds(60), TimeSpan.Zero));
        var alarms = new List<RateLimitAlarm>();
        for (var i = 0; i < 3; i++)
        {
            var route = WebhookA with { MajorId = $"webhook:{i}" };
            Assert.True(small.TryAcquire(route, Now).Proceed);
            alarms.Add(small.Complete(route, new RateLimitObservation { StatusCode = 403 }, Now));
            time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([RateLimitAlarm.None, RateLimitAlarm.None, RateLimitAlarm.InvalidRequestBudget], alarms);
        Assert.Equal(RateLimitWaitReason.InvalidRequestBudget, small.TryAcquire(WebhookB, Now).Reason);
        time.Advance(TimeSpan.FromMinutes(7)); // the first invalid request leaves the 10-minute window
        Assert.True(small.TryAcquire(WebhookB, Now).Proceed);
    }

    [Fact]
    public void Complete_Bot401_StopsEveryRequestWithThatToken()
    {
        Assert.True(state.TryAcquire(BotChannel, Now).Proceed);

        var alarm = state.Complete(BotChannel, new RateLimitObservation { StatusCode = 401 }, Now);

        Assert.Equal(RateLimitAlarm.TokenRejected, alarm);
        time.Advance(TimeSpan.FromHours(5));
        Assert.Equal(RateLimitWaitReason.TokenRejected, state.TryAcquire(BotEdit, Now).Reason);
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
    }

    [Fact]
    public void Sweep_IdleBuckets_DroppedButNotOnesStillWaitingForReset()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        state.Complete(WebhookA, Ok(limit: 5, remaining: 4, resetAfter: 2), Now);
        Assert.True(state.TryAcquire(WebhookB, Now).Proceed);
        state.Complete(WebhookB, TooMany(retryAfter: 600, scope: "user"), Now);
        time.Advance(TimeSpan.FromMinutes(5));

        state.Sweep(Now, TimeSpan.FromMinutes(1));

        Assert.Equal(1, state.BucketCount);
        Assert.Equal(RateLimitWaitReason.BucketExhausted, state.TryAcquire(WebhookB, Now).Reason);
    }

    [Fact]
    public void Abandon_RequestWithoutResponse_ReleasesTheInFlightSlot()
    {
        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
        state.Abandon(WebhookA);

        Assert.True(state.TryAcquire(WebhookA, Now).Proceed);
    }

    private static RateLimitObservation Ok(int limit, int remaining, double resetAfter, string bucket = "b") => new()
    {
        StatusCode = 200,
        Limit = limit,
        Remaining = remaining,
        ResetAfter = TimeSpan.FromSeconds(resetAfter),
        Bucket = bucket,
    };

    private static RateLimitObservation TooMany(double retryAfter, string scope, bool global = false, int remaining = 0) => new()
    {
        StatusCode = 429,
        Limit = 5,
        Remaining = remaining,
        ResetAfter = TimeSpan.FromSeconds(1),
        Bucket = "b",
        Scope = scope,
        IsGlobal = global,
        RetryAfter = TimeSpan.FromSeconds(retryAfter),
    };
}
