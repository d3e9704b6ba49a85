using Monitor.Pipeline.Delivery;

namespace Monitor.Pipeline.Tests.Delivery;

public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(30, 600)]
    public void Next_Backoff_DoublesUpToTheCap(int attempts, int seconds) =>
        Assert.Equal(Builders.Now.AddSeconds(seconds), RetrySchedule.Next(attempts, null, Builders.Now));

    [Fact]
    public void Next_DestinationAskedForLonger_HonoursIt() =>
        Assert.Equal(Builders.Now.AddSeconds(40), RetrySchedule.Next(1, TimeSpan.FromSeconds(40), Builders.Now));

    [Fact]
    public void Next_DestinationAskedForLess_KeepsTheBackoff() =>
        Assert.Equal(Builders.Now.AddSeconds(8), RetrySchedule.Next(3, TimeSpan.FromMilliseconds(100), Builders.Now));
}
