namespace Monitor.Server.Status;

/// <summary>Everything the status page shows, read at <see cref="Now"/>.</summary>
internal sealed record StatusSnapshot(
    DateTimeOffset Now,
    IReadOnlyList<FeedStatusRow> Feeds,
    int Pending,
    int Dead,
    IReadOnlyDictionary<string, string> DisabledChannels,
    IReadOnlyList<AlertRow> RecentAlerts,
    IReadOnlyList<CategorySeries> Chart);
