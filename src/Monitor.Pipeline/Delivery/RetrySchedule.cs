namespace Monitor.Pipeline.Delivery;

/// <summary>When to try a failed delivery again: exactly when the destination asked (Discord's retry_after on 429), else capped exponential back-off.</summary>
public static class RetrySchedule
{
    /// <summary>Gets the first back-off step.</summary>
    public static TimeSpan BaseDelay { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets the longest back-off step.</summary>
    public static TimeSpan MaxDelay { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Returns the next attempt time after the <paramref name="attempts"/>-th failed attempt (1-based). Pure.</summary>
    /// <remarks>
    /// A retry_after is the destination's own answer (a rate limit), so it is used as given: adding back-off on top would stall a channel
    /// for minutes after a long outage has raised the attempt count. Without one (5xx, timeout) the delay doubles from
    /// <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>, so a long outage costs one request per channel every few minutes.
    /// </remarks>
    public static DateTimeOffset Next(int attempts, TimeSpan? retryAfter, DateTimeOffset now)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return now + asked;
        }

        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var backoff = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << exponent)));
        return now + backoff;
    }
}
