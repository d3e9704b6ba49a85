using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Pipeline.Routing;

namespace Monitor.Pipeline.Tests.Routing;

public sealed class AlertRouterTests
{
    [Fact]
    public void Route_TwoRulesToOneChannel_MakesOneAlertWithBothHitsMostSevereFirst()
    {
        var item = Builders.Item();
        var alerts = AlertRouter.Route(item, [Builders.Hit("a", Severity.Medium, "crisis"), Builders.Hit("b", Severity.Critical, "crisis")], Builders.Now);

        var alert = Assert.Single(alerts);
        Assert.Equal("crisis", alert.ChannelId);
        Assert.Equal(["b", "a"], alert.Hits.Select(h => h.RuleId));
        Assert.Equal(Severity.Critical, alert.Severity);
    }

    [Fact]
    public void Route_RuleWithTwoChannels_MakesOneAlertPerChannel()
    {
        var alerts = AlertRouter.Route(Builders.Item(), [Builders.Hit("a", Severity.High, "crisis", "archief", "crisis")], Builders.Now);

        Assert.Equal(["crisis", "archief"], alerts.Select(a => a.ChannelId));
    }

    [Fact]
    public void Route_NoHits_NoAlerts() => Assert.Empty(AlertRouter.Route(Builders.Item(), [], Builders.Now));

    [Fact]
    public void Route_SameItemAndChannelTwice_GivesTheSameAlertId()
    {
        var first = AlertRouter.Route(Builders.Item("x"), [Builders.Hit("a", Severity.High, "crisis")], Builders.Now).Single();
        var second = AlertRouter.Route(Builders.Item("x"), [Builders.Hit("b", Severity.Low, "crisis")], Builders.Now.AddHours(1)).Single();

        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual(first.Id, AlertId.For("f1", "x", "other"));
    }
}
