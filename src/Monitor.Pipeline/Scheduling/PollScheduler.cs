namespace Monitor.Pipeline.Scheduling;

/// <summary>Decides when a feed is polled next. Pure: takes <c>now</c>, returns a time.</summary>
public static class PollScheduler
{
    /// <summary>Gets the longest back-off after repeated failures.</summary>
    public static TimeSpan MaxBackoff { get; } = TimeSpan.FromHours(6);

    /// <summary>Next poll after a success: the interval, or longer when the server asked (cache lifetime, TTL, Retry-After).</summary>
    public static DateTimeOffset AfterSuccess(TimeSpan interval, TimeSpan? serverHint, DateTimeOffset now) =>
        now + (serverHint is { } hint && hint > interval ? hint : interval);

    /// <summary>Next poll after the <paramref name="consecutiveFailures"/>-th failure in a row: capped exponential back-off that keeps probing.</summary>
    public static DateTimeOffset AfterFailure(TimeSpan interval, int consecutiveFailures, TimeSpan? retryAfter, DateTimeOffset now)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 16);
        var backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, Math.Max(interval.Ticks, interval.Ticks * (1L << exponent))));
        return now + (retryAfter is { } asked && asked > backoff ? asked : backoff);
    }
}
