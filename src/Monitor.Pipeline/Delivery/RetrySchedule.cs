namespace Monitor.Pipeline.Delivery;

/// <summary>When to try a failed delivery again: capped exponential back-off, never sooner than the destination asked.</summary>
public static class RetrySchedule
{
    /// <summary>Gets the first back-off step.</summary>
    public static TimeSpan BaseDelay { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets the longest back-off step.</summary>
    public static TimeSpan MaxDelay { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Returns the next attempt time after the <paramref name="attempts"/>-th failed attempt (1-based). Pure.</summary>
    public static DateTimeOffset Next(int attempts, TimeSpan? retryAfter, DateTimeOffset now)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var backoff = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << exponent)));
        var delay = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return now + delay;
    }
}
