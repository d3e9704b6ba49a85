using System.Globalization;

namespace Monitor.Cli;

/// <summary>What <c>run --once</c> did.</summary>
internal sealed record OnceSummary(int Feeds, int FailedFeeds, int NewItems, int Alerts, int Delivered, int Retrying, int Dead)
{
    /// <summary>Gets one line per feed, in config order: its items counted by outcome, or why it has none.</summary>
    public IReadOnlyList<string> FeedLines { get; init; } = [];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"run --once: {Feeds} feeds polled ({FailedFeeds} failed), {NewItems} new items, {Alerts} alerts queued; {Delivered} delivered, {Retrying} waiting to retry, {Dead} dead");
}
