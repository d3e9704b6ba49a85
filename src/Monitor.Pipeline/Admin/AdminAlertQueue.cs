using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;

namespace Monitor.Pipeline.Admin;

/// <summary>The one path of admin alerts: worded by <see cref="AdminAlertText"/>, queued for the admin channel in the durable outbox, awaited.</summary>
/// <remarks>
/// An admin alert travels as an ordinary <see cref="Alert"/> whose item belongs to <see cref="FeedId"/>; its id derives from
/// <see cref="AdminAlert.Key"/>, so raising the same event twice leaves one outbox row.
/// </remarks>
public sealed class AdminAlertQueue(IItemLedger ledger)
{
    /// <summary>The feed id admin alerts are filed under in the outbox.</summary>
    public const string FeedId = "monitor";

    /// <summary>Queues <paramref name="alert"/> for <paramref name="adminChannelId"/>. Returns false when it cannot go anywhere (the caller logs instead).</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="adminChannelId">The admin channel of the config in force, or null when none is configured.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<bool> QueueAsync(AdminAlert alert, string? adminChannelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);

        // An alert about the admin channel itself would wait behind the trouble it reports.
        if (adminChannelId is null || (alert.Kind is AdminAlertKind.WebhookGone or AdminAlertKind.PermissionMissing && alert.Subject == adminChannelId))
        {
            return false;
        }

        var (title, text) = AdminAlertText.Compose(alert);
        var item = new FeedItem(FeedId, alert.Key, title, text, string.Empty, null, alert.At);
        var hit = new RuleHit("monitor-" + alert.Category, alert.Category, alert.Severity, []) { Channels = [adminChannelId], BaseSeverity = alert.Severity };
        var queued = new Alert(AlertId.For(FeedId, alert.Key, adminChannelId), adminChannelId, item, [hit], alert.At);
        await ledger.CommitAsync(new PollCommit(FeedId, [], [queued], alert.At), cancellationToken);
        return true;
    }
}
