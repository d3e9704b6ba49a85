using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Telemetry;

namespace Monitor.Pipeline.Tests.Telemetry;

public sealed class MonitorMetricsTests
{
    [Theory]
    [InlineData("user scope", "user", "user")]
    [InlineData("any case", "Global", "global")]
    [InlineData("shared scope", "shared", "shared")]
    [InlineData("header missing", null, "unknown")]
    [InlineData("a value Discord invents later", "per-route-bucket", "unknown")]
    public void ScopeLabel_AnyHeader_OneOfAFixedSet(string scenario, string? header, string expected)
    {
        Assert.True(expected == MonitorMetrics.ScopeLabel(header), scenario);
    }

    [Fact]
    public void ItemEnded_EveryOutcome_HasItsOwnSnakeCaseLabel()
    {
        var labels = Enum.GetValues<ItemOutcome>().Select(ItemOutcomeNames.Of).ToList();

        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.All(labels, l => Assert.Matches("^[a-z_]+$", l));
    }
}
