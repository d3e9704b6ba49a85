namespace Monitor.Benchmarks.Discord;

/// <summary>What one drain run measured.</summary>
internal sealed record DrainResult(
    string Mode,
    int Alerts,
    int Delivered,
    TimeSpan Wall,
    int Requests,
    int Messages,
    int Shared429,
    int Other429,
    int BadRequests,
    int RetryLaters);
