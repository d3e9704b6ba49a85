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

    [LoggerMessage(6101, LogLevel.Information, "Discord Gateway connecting to {Host} ({Mode})")]
    public static partial void GatewayConnecting(ILogger logger, string host, string mode);

    [LoggerMessage(6102, LogLevel.Information, "Discord Gateway {Event}: session ready")]
    public static partial void GatewayReady(ILogger logger, string @event);

    [LoggerMessage(6103, LogLevel.Warning, "Discord Gateway connection closed (close code {Code})")]
    public static partial void GatewayClosed(ILogger logger, string code);

    [LoggerMessage(6104, LogLevel.Critical, "Discord Gateway stopped: {Reason} Alerts keep flowing; slash commands are unavailable until this is fixed.")]
    public static partial void GatewayFatal(ILogger logger, string reason);

    [LoggerMessage(6105, LogLevel.Warning, "Discord Gateway: {Reason}")]
    public static partial void GatewayTrouble(ILogger logger, string reason);

    [LoggerMessage(6110, LogLevel.Error, "Discord interaction {InteractionId} (/{Command}) failed")]
    public static partial void InteractionFailed(ILogger logger, string interactionId, string command, Exception exception);

    [LoggerMessage(6111, LogLevel.Warning, "Discord interaction {InteractionId} (/{Command}): the handler returned without answering")]
    public static partial void InteractionUnanswered(ILogger logger, string interactionId, string command);

    [LoggerMessage(6120, LogLevel.Information, "Discord commands for {Scope} are up to date ({Count} command(s)); nothing registered")]
    public static partial void CommandsUnchanged(ILogger logger, string scope, int count);

    [LoggerMessage(6121, LogLevel.Information, "Discord commands for {Scope} registered ({Count} command(s), bulk overwrite)")]
    public static partial void CommandsRegistered(ILogger logger, string scope, int count);

    [LoggerMessage(6130, LogLevel.Warning, "HTTP interaction refused: {Reason}")]
    public static partial void HttpInteractionRefused(ILogger logger, string reason);
}
