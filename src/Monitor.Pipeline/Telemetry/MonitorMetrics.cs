using System.Diagnostics.Metrics;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Polling;

namespace Monitor.Pipeline.Telemetry;

/// <summary>Every metric Monitor publishes, on one <see cref="Meter"/> named <see cref="MeterName"/>. Exported in Prometheus text at <c>/metrics</c>.</summary>
/// <remarks>
/// Labels are bounded on purpose: feed ids, rule ids and categories come from the config, outcomes and statuses from
/// enums or HTTP status codes. Item text, URLs and error messages never become labels (each would be a new series).
/// </remarks>
public sealed class MonitorMetrics : IDisposable
{
    /// <summary>The meter name to subscribe to (<c>AddMeter("Monitor")</c>).</summary>
    public const string MeterName = "Monitor";

    private readonly Meter meter = new(MeterName);
    private long outboxPending;
    private double outboxOldestPendingSeconds;

    /// <summary>Initializes a new instance of the <see cref="MonitorMetrics"/> class.</summary>
    public MonitorMetrics()
    {
        FeedPolls = meter.CreateCounter<long>("monitor_feed_polls_total", description: "Feed polls by feed and outcome (updated, not_modified, failed).");
        FeedPollDuration = meter.CreateHistogram<double>("monitor_feed_poll_duration_seconds", "s", "Time to poll one feed: fetch, parse, match and commit.");
        Items = meter.CreateCounter<long>("monitor_items_total", description: "Items seen in feeds, by dedup outcome (new, unchanged, changed, backfill_none, outside_backfill_window, older_than_retention).");
        Alerts = meter.CreateCounter<long>("monitor_alerts_total", description: "Rule hits that became alerts, by rule, category and severity.");
        DiscordRequests = meter.CreateCounter<long>("monitor_discord_requests_total", description: "Requests to Discord by HTTP status (or 'error' when no response came).");
        DiscordRateLimited = meter.CreateCounter<long>("monitor_discord_rate_limited_total", description: "429 responses from Discord by scope (user, global, shared).");
        MatchDuration = meter.CreateHistogram<double>("monitor_match_seconds", "s", "Time to match one item against every rule.");
        meter.CreateObservableGauge("monitor_outbox_pending", () => Interlocked.Read(ref outboxPending), description: "Alerts waiting in the outbox.");
        meter.CreateObservableGauge("monitor_outbox_oldest_pending_seconds", () => Volatile.Read(ref outboxOldestPendingSeconds), "s", "Age of the oldest alert waiting in the outbox (0 when none).");
    }

    /// <summary>Gets the counter of feed polls.</summary>
    public Counter<long> FeedPolls { get; }

    /// <summary>Gets the histogram of feed poll durations.</summary>
    public Histogram<double> FeedPollDuration { get; }

    /// <summary>Gets the counter of items by dedup outcome.</summary>
    public Counter<long> Items { get; }

    /// <summary>Gets the counter of alerts.</summary>
    public Counter<long> Alerts { get; }

    /// <summary>Gets the counter of Discord requests.</summary>
    public Counter<long> DiscordRequests { get; }

    /// <summary>Gets the counter of Discord 429s.</summary>
    public Counter<long> DiscordRateLimited { get; }

    /// <summary>Gets the histogram of per-item match durations.</summary>
    public Histogram<double> MatchDuration { get; }

    /// <summary>Records one finished poll of <paramref name="feedId"/>.</summary>
    public void PollFinished(string feedId, PollOutcome outcome, TimeSpan duration)
    {
        var feed = new KeyValuePair<string, object?>("feed", feedId);
        FeedPolls.Add(1, feed, new("outcome", OutcomeLabel(outcome)));
        FeedPollDuration.Record(duration.TotalSeconds, feed);
    }

    /// <summary>Records one item's dedup outcome.</summary>
    public void ItemEnded(ItemOutcome outcome) => Items.Add(1, new KeyValuePair<string, object?>("outcome", ItemOutcomeNames.Of(outcome)));

    /// <summary>Records one matched item: how long matching took and each rule hit.</summary>
    public void ItemMatched(IReadOnlyList<RuleHit> hits, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(hits);
        MatchDuration.Record(duration.TotalSeconds);
        foreach (var hit in hits)
        {
            Alerts.Add(1, new("rule", hit.RuleId), new("category", hit.Category), new("severity", hit.Severity.ToName()));
        }
    }

    /// <summary>Records one Discord response (<paramref name="status"/> null: no response, the request failed).</summary>
    public void DiscordResponded(int? status, string? rateLimitScope)
    {
        DiscordRequests.Add(1, new KeyValuePair<string, object?>("status", status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "error"));
        if (status == 429)
        {
            DiscordRateLimited.Add(1, new KeyValuePair<string, object?>("scope", ScopeLabel(rateLimitScope)));
        }
    }

    /// <summary>Sets the outbox gauges from the latest sample.</summary>
    public void OutboxSampled(long pending, TimeSpan oldestPendingAge)
    {
        Interlocked.Exchange(ref outboxPending, pending);
        Volatile.Write(ref outboxOldestPendingSeconds, Math.Max(0, oldestPendingAge.TotalSeconds));
    }

    /// <inheritdoc/>
    public void Dispose() => meter.Dispose();

    /// <summary>The label for a poll outcome.</summary>
    public static string OutcomeLabel(PollOutcome outcome) => outcome switch
    {
        PollOutcome.Updated => "updated",
        PollOutcome.NotModified => "not_modified",
        PollOutcome.Failed => "failed",
        _ => "unknown_feed",
    };


    /// <summary>The label for Discord's <c>X-RateLimit-Scope</c>: one of a fixed set, whatever the header says.</summary>
    public static string ScopeLabel(string? scope) => scope?.Trim().ToLowerInvariant() switch
    {
        "user" => "user",
        "global" => "global",
        "shared" => "shared",
        _ => "unknown",
    };
}
