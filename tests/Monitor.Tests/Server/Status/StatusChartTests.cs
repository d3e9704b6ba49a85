using Monitor.Server.Status;

namespace Monitor.Tests.Server.Status;

public sealed class StatusChartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("just now goes in the last bucket", 0, 23)]
    [InlineData("59 minutes ago is still the last hour", 59, 23)]
    [InlineData("an hour ago is the hour before", 60, 22)]
    [InlineData("23.5 hours ago is the first bucket", 1410, 0)]
    public void PerCategoryPerHour_AlertInWindow_CountedInItsHour(string scenario, int minutesAgo, int bucket)
    {
        var series = StatusChart.PerCategoryPerHour([Alert("a", minutesAgo)], Now);

        var single = Assert.Single(series);
        Assert.True(single.Counts[bucket] == 1, scenario);
        Assert.Equal(1, single.Counts.Sum());
    }

    [Fact]
    public void PerCategoryPerHour_OlderThanADay_NotShown()
    {
        Assert.Empty(StatusChart.PerCategoryPerHour([Alert("a", 24 * 60)], Now));
    }

    [Fact]
    public void PerCategoryPerHour_TwoCategories_OneSeriesEachInNameOrder()
    {
        var series = StatusChart.PerCategoryPerHour([Alert("zeta", 5), Alert("alfa", 5), Alert("zeta", 70)], Now);

        Assert.Equal(["alfa", "zeta"], series.Select(s => s.Category));
        Assert.Equal(2, series[1].Counts.Sum());
    }

    private static AlertRow Alert(string category, int minutesAgo) =>
        new(Now.AddMinutes(-minutesAgo), "r", category, "high", "t", null, "sent");
}
