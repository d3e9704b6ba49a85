using System.Globalization;
using Monitor.Discord.Models;
using Monitor.Pipeline.Delivery;

namespace Monitor.Discord.Rest;

/// <summary>The one place that decides what a Discord response means (modelled on Alertmanager's notify retrier): a pure switch over status and JSON code.</summary>
public static class DiscordResultClassifier
{
    /// <summary>Classifies a response by its HTTP status and, for a refusal, by Discord's JSON error code.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="error">Discord's error body, when parsable.</param>
    /// <param name="isBot">Whether the request used a bot token (a 401 then means the token, not the destination).</param>
    /// <param name="isBan">Whether it looked like a Cloudflare ban.</param>
    /// <remarks>
    /// Only a destination Discord calls gone (10015, 50027 or any 401 for a webhook, 10003) is <see cref="DiscordFailureKind.DestinationGone"/>:
    /// that stops a channel for good, so a 403 or 404 without one of those codes (a proxy, a new code) is <see cref="DiscordFailureKind.Unexpected"/>.
    /// </remarks>
    public static DiscordFailureKind Classify(int statusCode, DiscordError? error, bool isBot, bool isBan) => statusCode switch
    {
        >= 200 and < 300 => DiscordFailureKind.None,
        429 or 403 when isBan => DiscordFailureKind.Banned,
        429 => DiscordFailureKind.RateLimited,
        401 when isBot => DiscordFailureKind.Unauthorized,
        401 => DiscordFailureKind.DestinationGone, // 50027 Invalid Webhook Token: the webhook was reset
        408 or >= 500 => DiscordFailureKind.Transient,
        _ => ByCode(statusCode, error?.Code ?? 0),
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
            DiscordFailureKind.MissingPermission => DeliveryOutcome.PermissionMissing(result.Reason),
            DiscordFailureKind.Invalid => DeliveryOutcome.Rejected(result.Reason),
            _ => DeliveryOutcome.Unexpected(result.Reason),
        } with
        {
            StatusCode = result.StatusCode,
            ErrorCode = result.Error is { Code: > 0 } error ? error.Code : null,
        };
    }

    private static DiscordFailureKind ByCode(int statusCode, int code) => code switch
    {
        DiscordErrorCode.UnknownWebhook or DiscordErrorCode.InvalidWebhookToken or DiscordErrorCode.UnknownChannel => DiscordFailureKind.DestinationGone,
        DiscordErrorCode.MissingPermissions or DiscordErrorCode.MissingAccess or DiscordErrorCode.ThreadLocked => DiscordFailureKind.MissingPermission,
        DiscordErrorCode.UnknownMessage => DiscordFailureKind.Invalid, // an edit of a deleted message
        _ when statusCode is 400 or 413 => DiscordFailureKind.Invalid, // the payload itself was refused
        _ => DiscordFailureKind.Unexpected,
    };
}
