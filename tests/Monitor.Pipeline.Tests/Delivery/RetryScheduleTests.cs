using Monitor.Pipeline.Delivery;

namespace Monitor.Pipeline.Tests.Delivery;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, null, 2)]
    [InlineData(2, null, 4)]
    [InlineData(5, null, 32)]
    [InlineData(9, null, 300)]
    [InlineData(40, null, 300)]
    [InlineData(1, 0.35, 0.35)]
    [InlineData(30, 1.5, 1.5)]
    [InlineData(3, 600.0, 600)]
    public void Next_AttemptsAndRetryAfter_GivesDelaySeconds(int attempts, double? retryAfterSeconds, double expectedSeconds)
    {
        var retryAfter = retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;

        var next = RetrySchedule.Next(attempts, retryAfter, Now);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), next - Now);
    }
}
