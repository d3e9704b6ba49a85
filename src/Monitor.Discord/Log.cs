using Microsoft.Extensions.Logging;

namespace Monitor.Discord;

/// <summary>Structured log messages of the Discord client (property names: ChannelId, Reason, …). Never a token or webhook URL.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Debug, "Discord request for {ChannelId} deferred by rate limit ({Reason}) for {Wait}")]
    public static partial void RateLimitDeferred(ILogger logger, string channelId, string reason, TimeSpan wait);

    [LoggerMessage(6002, LogLevel.Warning, "Discord answered 429 for {ChannelId} (scope {Scope}), retry after {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string channelId, string scope, TimeSpan retryAfter);

    [LoggerMessage(6003, LogLevel.Critical, "Discord admin alert {Alarm}: {Reason}")]
    public static partial void AdminAlert(ILogger logger, string alarm, string reason);

    [LoggerMessage(6004, LogLevel.Warning, "Discord delivery to channel {ChannelId} failed: {Reason}")]
    public static partial void DeliveryFailed(ILogger logger, string channelId, string reason);

    [LoggerMessage(6005, LogLevel.Information, "Delivered {Count} alert(s) to Discord channel {ChannelId} in message {MessageId}")]
    public static partial void Delivered(ILogger logger, int count, string channelId, string messageId);

    [LoggerMessage(6006, LogLevel.Warning, "Discord rejected a batch of {Count} for channel {ChannelId}; resending its first alert alone: {Reason}")]
    public static partial void BatchRejected(ILogger logger, int count, string channelId, string reason);
}
