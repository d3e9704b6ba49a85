using Monitor.Pipeline.Admin;

namespace Monitor.Pipeline.Tests.Admin;

public sealed class AdminAlertTextTests
{
    private static readonly DateTimeOffset Now = Builders.Now;

    public static TheoryData<string, AdminAlert, string, string> Texts => new()
    {
        {
            "feed failing",
            new AdminAlert(AdminAlertKind.FeedFailing, "nos", Now) { Name = "NOS", Source = "https://nos.example/rss", Failures = 5, ErrorKind = "NotFound", Error = "fetcher: HTTP 404", LastSuccessAt = null, NextAttemptAt = Now.AddMinutes(80) },
            "Feed NOS is failing (NotFound)",
            "Feed 'NOS' (https://nos.example/rss) failed 5 times in a row. Error: NotFound: fetcher: HTTP 404. Last success: never. Monitor keeps trying; next attempt " + Utc(Now.AddMinutes(80)) + ". See 'monitor feeds'."
        },
        {
            "feed recovered",
            new AdminAlert(AdminAlertKind.FeedRecovered, "nos", Now) { Name = "NOS", Source = "https://nos.example/rss", Failures = 6, Error = "fetcher: HTTP 404" },
            "Feed NOS works again",
            "Feed 'NOS' (https://nos.example/rss) is read again after 6 failed attempts in a row. The last error was: fetcher: HTTP 404"
        },
        {
            "webhook gone",
            new AdminAlert(AdminAlertKind.WebhookGone, "crisis", Now) { Error = "HTTP 404: 10015 Unknown Webhook" },
            "Channel 'crisis' is disabled: its Discord destination is gone",
            "HTTP 404: 10015 Unknown Webhook. Monitor no longer sends to it; its alerts are parked as dead. Create a new webhook, update the config, then run 'monitor outbox retry --dead'."
        },
        {
            "permission missing",
            new AdminAlert(AdminAlertKind.PermissionMissing, "crisis", Now) { Error = "HTTP 403: 50013 Missing Permissions", NextAttemptAt = Now.AddMinutes(30) },
            "Channel 'crisis' is held: Monitor lacks a permission there",
            "HTTP 403: 50013 Missing Permissions. Its alerts wait in the queue. Grant the permission (View Channel, Send Messages, Embed Links; unlock a locked thread); Monitor tries again at " + Utc(Now.AddMinutes(30)) + ", or run 'monitor outbox retry <id>' (ids in 'monitor outbox') to try at once."
        },
        {
            "discord ban",
            new AdminAlert(AdminAlertKind.DiscordBanned, "discord", Now) { NextAttemptAt = Now.AddHours(1) },
            "Discord is refusing this IP",
            "Discord (Cloudflare) refuses Monitor's requests; all Discord traffic is paused until " + Utc(Now.AddHours(1)) + ". Alerts wait in the outbox and go out when Discord accepts traffic again."
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Compose_Kind_EnglishTitleAndText(string name, AdminAlert alert, string title, string text)
    {
        var composed = AdminAlertText.Compose(alert);

        Assert.True(title == composed.Title, $"{name}: title {composed.Title}");
        Assert.True(text == composed.Text, $"{name}: text {composed.Text}");
    }

    [Theory]
    [InlineData(AdminAlertKind.FeedFailing)]
    [InlineData(AdminAlertKind.FeedRecovered)]
    public void Compose_FeedUrlWithSecrets_ShowsItWithoutQueryAndUserInfo(AdminAlertKind kind)
    {
        var alert = new AdminAlert(kind, "nos", Now) { Name = "NOS", Source = "https://jan:wachtwoord@nos.example/rss?key=${NOS_KEY}&sig=abc", Error = "fetcher: HTTP 500" };

        var (title, text) = AdminAlertText.Compose(alert);

        Assert.Contains("(https://nos.example/rss)", text, StringComparison.Ordinal);
        Assert.All(new[] { "wachtwoord", "jan", "NOS_KEY", "sig=" }, secret => Assert.DoesNotContain(secret, title + text, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_EveryKind_HasATitleAndText()
    {
        foreach (var kind in Enum.GetValues<AdminAlertKind>())
        {
            var (title, text) = AdminAlertText.Compose(new AdminAlert(kind, "x", Now));
            Assert.False(string.IsNullOrWhiteSpace(title), kind.ToString());
            Assert.False(string.IsNullOrWhiteSpace(text), kind.ToString());
        }
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
