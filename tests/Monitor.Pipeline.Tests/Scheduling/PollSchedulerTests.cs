using Monitor.Pipeline.Scheduling;

namespace Monitor.Pipeline.Tests.Scheduling;

public sealed class PollSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("no hint: the interval", null, 5)]
    [InlineData("shorter hint ignored: a hint is a lower bound", 2, 5)]
    [InlineData("longer hint (max-age, Expires, ttl) honoured", 60, 60)]
    [InlineData("absurd hint capped at 24 h", 60 * 24 * 365, 60 * 24)]
    public void AfterSuccess_ServerHints_LowerBoundsWithCap(string because, int? hintMinutes, int expectedMinutes)
    {
        var next = PollScheduler.AfterSuccess(Interval, hintMinutes is { } m ? TimeSpan.FromMinutes(m) : null, Now);
        Assert.True(Now + TimeSpan.FromMinutes(expectedMinutes) == next, because);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(5, 80)]
    [InlineData(8, 360)]
    [InlineData(1000, 360)]
    public void AfterFailure_NeutralJitter_ExponentialAndCapped(int failures, int expectedMinutes)
    {
        Assert.Equal(Now + TimeSpan.FromMinutes(expectedMinutes), PollScheduler.AfterFailure(Interval, failures, null, Now, 0.5));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.999)]
    public void AfterFailure_Jitter_WithinTwentyPercentAndNeverBeyondCap(double jitter)
    {
        var third = PollScheduler.AfterFailure(Interval, 3, null, Now, jitter) - Now;
        Assert.InRange(third, TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(24));
        var late = PollScheduler.AfterFailure(Interval, 50, null, Now, jitter) - Now;
        Assert.InRange(late, TimeSpan.FromHours(4.8), PollScheduler.MaxBackoff);
    }

    [Fact]
    public void AfterFailure_RetryAfter_IsALowerBound()
    {
        Assert.Equal(Now + TimeSpan.FromHours(2), PollScheduler.AfterFailure(Interval, 1, TimeSpan.FromHours(2), Now, 0.5));
        Assert.Equal(Now + TimeSpan.FromMinutes(5), PollScheduler.AfterFailure(Interval, 1, TimeSpan.FromSeconds(10), Now, 0.5));
    }

    [Fact]
    public void AfterFailure_ManyFailures_StillProbes()
    {
        for (var failures = 1; failures < 10_000; failures *= 3)
        {
            Assert.True(PollScheduler.AfterFailure(Interval, failures, TimeSpan.MaxValue, Now, 0.9) <= Now + PollScheduler.MaxServerHint);
        }
    }

    [Theory]
    [InlineData(0, 1, 3, Monitor.Pipeline.State.FeedHealthTransition.None)]
    [InlineData(2, 3, 3, Monitor.Pipeline.State.FeedHealthTransition.StartedFailing)]
    [InlineData(3, 4, 3, Monitor.Pipeline.State.FeedHealthTransition.None)]
    [InlineData(5, 0, 3, Monitor.Pipeline.State.FeedHealthTransition.Recovered)]
    [InlineData(2, 0, 3, Monitor.Pipeline.State.FeedHealthTransition.None)]
    public void FeedHealth_Evaluate_AlertsOncePerStreak(int previous, int current, int threshold, Monitor.Pipeline.State.FeedHealthTransition expected)
    {
        Assert.Equal(expected, Monitor.Pipeline.State.FeedHealth.Evaluate(previous, current, threshold));
    }
}
