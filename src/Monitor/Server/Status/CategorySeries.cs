namespace Monitor.Server.Status;

/// <summary>Alerts of one category per hour; <see cref="Counts"/>[0] is the oldest hour, the last is the current one.</summary>
internal sealed record CategorySeries(string Category, IReadOnlyList<int> Counts);
