using Microsoft.Extensions.Logging;

namespace Monitor.Pipeline;

/// <summary>Structured log messages of the pipeline, with fixed property names (FeedId, ItemKey, RuleId, OutboxId, Reason).</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Polled feed {FeedId}: {ItemCount} items, {Alerted} alerted, {NoRuleMatched} no rule matched, {Unchanged} unchanged, {Edited} edited, {BackfillSkipped} backfill skipped, {TooOld} too old; {AlertCount} alerts queued")]
    public static partial void FeedPolled(ILogger logger, string feedId, int itemCount, int alerted, int noRuleMatched, int unchanged, int edited, int backfillSkipped, int tooOld, int alertCount);

    [LoggerMessage(1002, LogLevel.Debug, "Feed {FeedId} not modified")]
    public static partial void FeedNotModified(ILogger logger, string feedId);

    [LoggerMessage(1003, LogLevel.Warning, "Feed {FeedId} failed ({Kind}, {ConsecutiveFailures} in a row): {Reason}; next try at {NextPollAt}")]
    public static partial void FeedFailed(ILogger logger, string feedId, string kind, int consecutiveFailures, string reason, DateTimeOffset nextPollAt);

    [LoggerMessage(1004, LogLevel.Warning, "Feed {FeedId} is not in the config any more; skipping")]
    public static partial void UnknownFeed(ILogger logger, string feedId);

    [LoggerMessage(1005, LogLevel.Information, "Item {ItemKey} of feed {FeedId} matched rule {RuleId} ({Severity})")]
    public static partial void ItemMatched(ILogger logger, string itemKey, string feedId, string ruleId, string severity);

    [LoggerMessage(1006, LogLevel.Warning, "Feed {FeedId} was broken in places: {SkippedEntries} damaged entries skipped, the intact ones were read")]
    public static partial void EntriesSkipped(ILogger logger, string feedId, int skippedEntries);

    [LoggerMessage(1007, LogLevel.Information, "Feed {FeedId} recovered after {ConsecutiveFailures} failures in a row")]
    public static partial void FeedRecovered(ILogger logger, string feedId, int consecutiveFailures);

    [LoggerMessage(1008, LogLevel.Error, "Feed {FeedId} has failed {ConsecutiveFailures} times in a row and no admin channel is configured (admin.channel); see 'monitor feeds'")]
    public static partial void NoAdminChannel(ILogger logger, string feedId, int consecutiveFailures);

    [LoggerMessage(1009, LogLevel.Information, "Item {ItemKey} of feed {FeedId} changed its title or summary; recorded, not alerted again")]
    public static partial void ItemChanged(ILogger logger, string itemKey, string feedId);

    [LoggerMessage(1010, LogLevel.Debug, "Item {ItemKey} of feed {FeedId} recorded without alerting: {Reason}")]
    public static partial void ItemNotAlerted(ILogger logger, string itemKey, string feedId, string reason);

    [LoggerMessage(2001, LogLevel.Information, "Delivered {Count} alert(s) to channel {ChannelId}")]
    public static partial void Delivered(ILogger logger, int count, string channelId);

    [LoggerMessage(2002, LogLevel.Warning, "Delivery of alert {OutboxId} to channel {ChannelId} failed, retry at {NextAttemptAt}: {Reason}")]
    public static partial void DeliveryRetry(ILogger logger, long outboxId, string channelId, DateTimeOffset nextAttemptAt, string reason);

    [LoggerMessage(2003, LogLevel.Error, "Alert {OutboxId} to channel {ChannelId} is dead: {Reason}")]
    public static partial void DeliveryDead(ILogger logger, long outboxId, string channelId, string reason);

    [LoggerMessage(2004, LogLevel.Error, "Channel {ChannelId} is disabled, its destination is gone: {Reason}")]
    public static partial void ChannelDisabled(ILogger logger, string channelId, string reason);

    [LoggerMessage(2006, LogLevel.Error, "Channel {ChannelId} is held until {NextAttemptAt}, a permission is missing: {Reason}")]
    public static partial void ChannelHeld(ILogger logger, string channelId, DateTimeOffset nextAttemptAt, string reason);

    [LoggerMessage(2005, LogLevel.Warning, "Sink for channel {ChannelId} threw; treating alert {OutboxId} as a transient failure: {Reason}")]
    public static partial void SinkThrew(ILogger logger, string channelId, long outboxId, string reason, Exception exception);
}
