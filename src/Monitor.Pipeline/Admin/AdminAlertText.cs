using System.Globalization;
using Monitor.Pipeline.Fetching;

namespace Monitor.Pipeline.Admin;

/// <summary>Words admin alerts: the one place their English text lives. Pure: kind and facts in, title and text out.</summary>
/// <remarks>Feed URLs are shown without query string and user info (<see cref="UrlRedaction"/>), so no key or password reaches Discord.</remarks>
public static class AdminAlertText
{
    /// <summary>Returns the one-line title and the text (what happened and what to do) of <paramref name="alert"/>.</summary>
    public static (string Title, string Text) Compose(AdminAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var name = alert.Name ?? alert.Subject;
        var source = alert.Source is null ? string.Empty : $" ({UrlRedaction.Redact(alert.Source)})";
        return alert.Kind switch
        {
            AdminAlertKind.FeedFailing => (
                $"Feed {name} is failing ({alert.ErrorKind})",
                Invariant($"Feed '{name}'{source} failed {alert.Failures} times in a row. Error: {alert.ErrorKind}: {alert.Error}. Last success: {Time(alert.LastSuccessAt) ?? "never"}. Monitor keeps trying; next attempt {Time(alert.NextAttemptAt)}. See 'monitor feeds'.")),
            AdminAlertKind.FeedRecovered => (
                $"Feed {name} works again",
                Invariant($"Feed '{name}'{source} is read again after {alert.Failures} failed attempts in a row. The last error was: {alert.Error}")),
            AdminAlertKind.WebhookGone => (
                $"Channel '{alert.Subject}' is disabled: its Discord destination is gone",
                $"{alert.Error}. Monitor no longer sends to it; its alerts are parked as dead. Create a new webhook, update the config, then run 'monitor outbox retry --dead'."),
            AdminAlertKind.PermissionMissing => (
                $"Channel '{alert.Subject}' is held: Monitor lacks a permission there",
                Invariant($"{alert.Error}. Its alerts wait in the queue. Grant the permission (View Channel, Send Messages, Embed Links; unlock a locked thread); Monitor tries again at {Time(alert.NextAttemptAt)}, or run 'monitor outbox retry <id>' (ids in 'monitor outbox') to try at once.")),
            AdminAlertKind.DiscordBanned => (
                "Discord is refusing this IP",
                Invariant($"Discord (Cloudflare) refuses Monitor's requests; all Discord traffic is paused until {Time(alert.NextAttemptAt)}. Alerts wait in the outbox and go out when Discord accepts traffic again.")),
            AdminAlertKind.DiscordTokenRejected => (
                "Discord rejected the bot token",
                "Discord rejected the bot token (401); nothing is sent with it until the token is fixed in the config and Monitor restarts. Webhook channels are not affected."),
            AdminAlertKind.DiscordInvalidRequests => (
                "Discord traffic paused: too many invalid requests",
                Invariant($"Invalid Discord requests (401/403/429) reached the safety margin of Discord's 10,000 per 10 minutes; all Discord traffic is paused until {Time(alert.NextAttemptAt)} to avoid an IP ban. The log names the channels that fail.")),
            _ => ($"Monitor: {alert.Kind} ({alert.Subject})", alert.Error ?? alert.Kind.ToString()),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
