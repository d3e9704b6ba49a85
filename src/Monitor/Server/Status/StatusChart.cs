namespace Monitor.Server.Status;

/// <summary>Counts alerts per category per hour over the last <see cref="Hours"/> hours (pure).</summary>
internal static class StatusChart
{
    public const int Hours = 24;

    /// <summary>One series per category seen in the window, in name order; hour buckets end at <paramref name="now"/>.</summary>
    public static IReadOnlyList<CategorySeries> PerCategoryPerHour(IEnumerable<AlertRow> alerts, DateTimeOffset now)
    {
        var start = now - TimeSpan.FromHours(Hours);
        return alerts
            .Where(a => a.CreatedAt > start && a.CreatedAt <= now)
            .GroupBy(a => a.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var counts = new int[Hours];
                foreach (var alert in g)
                {
                    // Bucket 23 holds the last hour up to now, bucket 0 the hour that began 24 hours ago.
                    var hoursAgo = (int)Math.Floor((now - alert.CreatedAt).TotalHours);
                    counts[Hours - 1 - Math.Clamp(hoursAgo, 0, Hours - 1)]++;
                }

                return new CategorySeries(g.Key, counts);
            })
            .ToList();
    }
}
