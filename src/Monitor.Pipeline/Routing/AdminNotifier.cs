using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Polling;

namespace Monitor.Pipeline.Routing;

/// <summary>Sends Monitor's own alerts (a feed failing or recovering, a webhook deleted) to the admin channel through the same durable outbox.</summary>
/// <remarks>An admin alert is an ordinary <see cref="Alert"/> about a synthetic item of the pseudo-feed <see cref="FeedId"/>; its key makes it unique, so the same event is never queued twice.</remarks>
public sealed class AdminNotifier(IPipelineSnapshotSource snapshots, IItemLedger ledger, TimeProvider time)
{
    /// <summary>The pseudo-feed id admin alerts belong to.</summary>
    public const string FeedId = "monitor";

    /// <summary>Queues an admin alert. Returns false when no admin channel is configured (the caller logs instead).</summary>
    /// <param name="key">Unique key of the event, e.g. <c>feed-failing:nos:2026-11-27T10:00Z</c>.</param>
    /// <param name="category">Category, e.g. <c>feed-health</c>.</param>
    /// <param name="title">One-line headline.</param>
    /// <param name="text">What happened and what to do.</param>
    /// <param name="severity">How urgent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<bool> NotifyAsync(string key, string category, string title, string text, Severity severity, CancellationToken cancellationToken)
    {
        var channel = snapshots.Current.AdminChannelId;
        if (channel is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var item = new FeedItem(FeedId, key, title, text, string.Empty, null, now);
        var hit = new RuleHit("monitor-" + category, category, severity, []) { Channels = [channel], BaseSeverity = severity };
        var alert = new Alert(AlertId.For(FeedId, key, channel), channel, item, [hit], now);
        await ledger.CommitAsync(new PollCommit(FeedId, [], [alert], now), cancellationToken);
        return true;
    }
}
