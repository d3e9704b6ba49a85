using Monitor.Domain;
using Monitor.Pipeline.Admin;

namespace Monitor.Pipeline.Tests.Admin;

public sealed class AdminAlertTests
{
    private static readonly DateTimeOffset Now = Builders.Now.AddMilliseconds(123);

    public static TheoryData<string, AdminAlert, string> Keys => new()
    {
        { "failing names the streak by the last success", new AdminAlert(AdminAlertKind.FeedFailing, "nos", Now) { LastSuccessAt = Now.AddHours(-2).AddMilliseconds(456) }, "feed-failing:nos:since-" + Now.AddHours(-2).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture) },
        { "failing feed that never worked",               new AdminAlert(AdminAlertKind.FeedFailing, "nos", Now), "feed-failing:nos:since-never" },
        { "recovered names the same streak",              new AdminAlert(AdminAlertKind.FeedRecovered, "nos", Now) { LastSuccessAt = null }, "feed-recovered:nos:since-never" },
        { "webhook gone is once a day",                   new AdminAlert(AdminAlertKind.WebhookGone, "crisis", Now), "webhook-gone:crisis:" + Now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        { "permission missing is once a day",             new AdminAlert(AdminAlertKind.PermissionMissing, "crisis", Now), "permission-missing:crisis:" + Now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        { "discord ban is once an hour",                  new AdminAlert(AdminAlertKind.DiscordBanned, "discord", Now), "discord-banned:discord:" + Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH", System.Globalization.CultureInfo.InvariantCulture) },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_Kind_SubjectAndCoarsePeriodWithoutMilliseconds(string name, AdminAlert alert, string expected)
    {
        Assert.True(expected == alert.Key, $"{name}: expected {expected}, got {alert.Key}");
        Assert.DoesNotContain("123", alert.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_SameEventRaisedAgainLater_SameKey()
    {
        var first = new AdminAlert(AdminAlertKind.FeedFailing, "nos", Now) { LastSuccessAt = Now.AddHours(-1), Failures = 5 };
        var again = first with { At = Now.AddMinutes(10), Failures = 6 };
        var holdAgain = new AdminAlert(AdminAlertKind.PermissionMissing, "crisis", Now);

        Assert.Equal(first.Key, again.Key);
        Assert.Equal(holdAgain.Key, (holdAgain with { At = Now.AddMinutes(30) }).Key);
        Assert.NotEqual(first.Key, (first with { LastSuccessAt = Now }).Key);
    }

    [Theory]
    [InlineData(AdminAlertKind.FeedFailing, Severity.High, "feed-health")]
    [InlineData(AdminAlertKind.FeedRecovered, Severity.Low, "feed-health")]
    [InlineData(AdminAlertKind.WebhookGone, Severity.High, "delivery")]
    [InlineData(AdminAlertKind.PermissionMissing, Severity.High, "delivery")]
    [InlineData(AdminAlertKind.DiscordTokenRejected, Severity.High, "discord")]
    public void SeverityAndCategory_Kind_Fixed(AdminAlertKind kind, Severity severity, string category)
    {
        var alert = new AdminAlert(kind, "x", Now);

        Assert.Equal((severity, category), (alert.Severity, alert.Category));
    }
}
