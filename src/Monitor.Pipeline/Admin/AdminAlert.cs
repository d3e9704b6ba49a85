using System.Globalization;
using Monitor.Domain;

namespace Monitor.Pipeline.Admin;

/// <summary>One thing Monitor tells its operators: a kind, what it is about, when, and the facts its text is worded from (<see cref="AdminAlertText"/>).</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Subject">What it is about: a feed id, a channel id, or <c>discord</c>.</param>
/// <param name="At">When it was noticed.</param>
/// <remarks>
/// <see cref="Key"/> makes the same event one outbox row, however often it is raised: a feed's streak is named by the last success
/// before it, a channel's trouble by the day, a Discord pause by the hour. It never holds a finer timestamp.
/// </remarks>
public sealed record AdminAlert(AdminAlertKind Kind, string Subject, DateTimeOffset At)
{
    /// <summary>Gets the feed's display name (feed kinds).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the feed's URL or path as configured (feed kinds); worded only after <see cref="Fetching.UrlRedaction"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the failed polls in a row (feed kinds).</summary>
    public int Failures { get; init; }

    /// <summary>Gets the kind of the (last) error (feed kinds).</summary>
    public string? ErrorKind { get; init; }

    /// <summary>Gets the (last) error, or the destination's answer (channel kinds). Safe to show: no secrets.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the last successful poll before the streak (feed kinds); null when the feed never succeeded.</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>Gets when Monitor tries again: the next poll, the end of a channel's hold, the end of a Discord pause.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Gets the outbox key: kind, subject and a coarse period or state, so a repeated event is queued once.</summary>
    public string Key => $"{KindName(Kind)}:{Subject}:{Period()}";

    /// <summary>Gets how urgent it is.</summary>
    public Severity Severity => Kind == AdminAlertKind.FeedRecovered ? Severity.Low : Severity.High;

    /// <summary>Gets the category the alert is filed under.</summary>
    public string Category => Kind switch
    {
        AdminAlertKind.FeedFailing or AdminAlertKind.FeedRecovered => "feed-health",
        AdminAlertKind.WebhookGone or AdminAlertKind.PermissionMissing => "delivery",
        _ => "discord",
    };

    private static string KindName(AdminAlertKind kind) => kind switch
    {
        AdminAlertKind.FeedFailing => "feed-failing",
        AdminAlertKind.FeedRecovered => "feed-recovered",
        AdminAlertKind.WebhookGone => "webhook-gone",
        AdminAlertKind.PermissionMissing => "permission-missing",
        AdminAlertKind.DiscordBanned => "discord-banned",
        AdminAlertKind.DiscordTokenRejected => "discord-token-rejected",
        AdminAlertKind.DiscordInvalidRequests => "discord-invalid-requests",
        _ => kind.ToString(),
    };

    private string Period() => Kind switch
    {
        // One failing and one recovered alert per streak; the streak is named by the success before it.
        AdminAlertKind.FeedFailing or AdminAlertKind.FeedRecovered =>
            LastSuccessAt is { } s ? "since-" + s.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) : "since-never",
        AdminAlertKind.WebhookGone or AdminAlertKind.PermissionMissing => At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => At.UtcDateTime.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture),
    };
}
