using System.Globalization;
using Monitor.Discord.Models;
using Monitor.Pipeline.Delivery;

namespace Monitor.Discord.Rest;

/// <summary>The one place that decides what a Discord response means (modelled on Alertmanager's notify retrier): a pure switch over status and JSON code.</summary>
public static class DiscordResultClassifier
{
    /// <summary>Classifies a response.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Discord's error body, when parsable.</param>
    /// <param name="isBot">Whether the request used a bot token (a 401 then means the token, not the destination).</param>
    /// <param name="isBan">Whether it looked like a Cloudflare ban.</param>
    public static DiscordFailureKind Classify(int statusCode, DiscordError? error, bool isBot, bool isBan) => statusCode switch
    {
        >= 200 and < 300 => DiscordFailureKind.None,
        429 or 403 when isBan => DiscordFailureKind.Banned,
        429 => DiscordFailureKind.RateLimited,
        401 when isBot => DiscordFailureKind.Unauthorized,
        401 => DiscordFailureKind.DestinationGone, // 50027 Invalid Webhook Token: the webhook was reset
        403 => DiscordFailureKind.DestinationGone, // 50001 missing access, 50013 missing permissions, 160005 locked thread
        404 when error?.Code == 10008 => DiscordFailureKind.Invalid, // unknown message (edit of a deleted message)
        404 => DiscordFailureKind.DestinationGone, // 10015 unknown webhook, 10003 unknown channel: never reuse
        408 or >= 500 => DiscordFailureKind.Transient,
        _ => DiscordFailureKind.Invalid,
    };

    /// <summary>Returns a log-safe reason, for example <c>HTTP 400: 50035 Invalid Form Body: embeds.0.title: BASE_TYPE_MAX_LENGTH</c>.</summary>
    public static string Reason(int statusCode, DiscordError? error) =>
        error is null
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {statusCode}")
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {statusCode}: {error}");

    /// <summary>Turns the result of sending a message that carries <paramref name="alertCount"/> alerts into the outbox's outcome.</summary>
    public static DeliveryOutcome ToOutcome(DiscordSendResult result, int alertCount)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Failure switch
        {
            DiscordFailureKind.None => DeliveryOutcome.Delivered(alertCount, result.Message?.Id),
            DiscordFailureKind.RateLimited or DiscordFailureKind.Transient or DiscordFailureKind.Banned => DeliveryOutcome.RetryLater(result.Reason, result.RetryAfter),
            DiscordFailureKind.Unauthorized => DeliveryOutcome.RetryLater($"{result.Reason}; the bot token was rejected, fix bot_token and restart", TimeSpan.FromHours(1)),
            DiscordFailureKind.DestinationGone => DeliveryOutcome.Gone(result.Reason),
            _ => DeliveryOutcome.Rejected(result.Reason),
        };
    }
}
