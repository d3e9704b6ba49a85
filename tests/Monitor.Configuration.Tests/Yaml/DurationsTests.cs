using Monitor.Configuration.Yaml;

namespace Monitor.Configuration.Tests.Yaml;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("2d", 172800)]
    [InlineData("1.5h", 5400)]
    [InlineData("1w", 604800)]
    public void TryParse_WithUnits_ReturnsDuration(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("")]
    [InlineData("5 minutes")]
    [InlineData("m5")]
    [InlineData("5x")]
    public void TryParse_WithoutValidUnit_Fails(string text) => Assert.False(Durations.TryParse(text, out _));

    [Theory]
    [InlineData(5400, "1h30m")]
    [InlineData(300, "5m")]
    [InlineData(0, "0s")]
    public void Format_RoundTrips(int seconds, string expected) => Assert.Equal(expected, Durations.Format(TimeSpan.FromSeconds(seconds)));
}
