using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Hosting;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.State;

namespace Monitor.Server.Status;

/// <summary>Reads what the status page shows from the running config and the store ports (feed states and the outbox).</summary>
/// <remarks>
/// The outbox port lists rows by status in sequence order, so the latest alerts are found by reading each status up to
/// <see cref="MaxRowsPerStatus"/> rows and keeping the newest; a store query for "alerts since" would make this cheaper.
/// </remarks>
internal sealed class StatusSnapshotReader(ReloadableSnapshotSource snapshots, IFeedStateStore states, IOutboxAdmin outbox, TimeProvider time)
{
    public const int RecentAlertCount = 100;

    public const int MaxRowsPerStatus = 100_000;

    public async Task<StatusSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var config = snapshots.Config;
        var known = (await states.ListAsync(cancellationToken)).ToDictionary(s => s.FeedId, StringComparer.Ordinal);
        var feeds = config.Feeds
            .Select(f => known.GetValueOrDefault(f.Id) is { } s
                ? new FeedStatusRow(f.Id, f.Name ?? f.Id, s.LastSuccessAt, s.ConsecutiveFailures, s.LastError, s.NextPollAt)
                : new FeedStatusRow(f.Id, f.Name ?? f.Id, null, 0, null, null))
            .ToList();
        var pending = await outbox.ListAsync(OutboxStatus.Pending, MaxRowsPerStatus, cancellationToken);
        var dead = await outbox.ListAsync(OutboxStatus.Dead, MaxRowsPerStatus, cancellationToken);
        var sent = await outbox.ListAsync(OutboxStatus.Sent, MaxRowsPerStatus, cancellationToken);
        var disabled = await outbox.ListDisabledChannelsAsync(cancellationToken);
        var alerts = pending.Concat(dead).Concat(sent)
            .Select(Row)
            .OrderByDescending(a => a.CreatedAt)
            .ToList();
        return new StatusSnapshot(now, feeds, pending.Count, dead.Count, disabled, alerts.Take(RecentAlertCount).ToList(), StatusChart.PerCategoryPerHour(alerts, now));
    }

    private static AlertRow Row(OutboxEntry entry)
    {
        var alert = entry.Alert;
        var hit = alert.TopHit;
        return new AlertRow(
            alert.CreatedAt,
            hit?.RuleId ?? "-",
            hit?.Category ?? "-",
            alert.Severity.ToName(),
            alert.Item.Title,
            alert.Item.Link,
            entry.Status.ToString().ToLowerInvariant());
    }
}
