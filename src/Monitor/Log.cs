using Microsoft.Extensions.Logging;

namespace Monitor;

/// <summary>Structured log messages of the host.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Monitor started: {FeedCount} feeds, {RuleCount} rules, {ChannelCount} channels, storage {Storage}")]
    public static partial void Started(ILogger logger, int feedCount, int ruleCount, int channelCount, string storage);

    [LoggerMessage(3002, LogLevel.Error, "Poll of feed {FeedId} crashed: {Reason}")]
    public static partial void PollCrashed(ILogger logger, string feedId, string reason, Exception exception);

    [LoggerMessage(3003, LogLevel.Error, "Outbox dispatch failed: {Reason}; queued alerts stay queued")]
    public static partial void DispatchCrashed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(3005, LogLevel.Debug, "Retention: removed {Count} ledger/outbox rows past the retention period")]
    public static partial void Pruned(ILogger logger, int count);

    [LoggerMessage(3006, LogLevel.Warning, "Retention pruning failed: {Reason}; trying again later")]
    public static partial void PruneFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(3020, LogLevel.Information, "Serving health, metrics and the status page on {Address}")]
    public static partial void Serving(ILogger logger, string address);

    [LoggerMessage(3004, LogLevel.Information, "Monitor stopping")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(3010, LogLevel.Warning, "Config change rejected, the last good config keeps running: {Reason}")]
    public static partial void ReloadRejected(ILogger logger, string reason);

    [LoggerMessage(3011, LogLevel.Warning, "Config change to 'storage' needs a restart; keeping the current storage")]
    public static partial void StorageChangeIgnored(ILogger logger);

    [LoggerMessage(3007, LogLevel.Information, "Config reloaded: {FeedCount} feeds, {RuleCount} rules")]
    public static partial void Reloaded(ILogger logger, int feedCount, int ruleCount);

    [LoggerMessage(3008, LogLevel.Error, "Discord operator signal {Alarm}: {Reason}")]
    public static partial void DiscordAdminSignal(ILogger logger, string alarm, string reason);

}
