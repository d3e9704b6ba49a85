namespace Monitor.Pipeline.Scheduling;

/// <summary>Decides when a feed is polled next. Pure: takes <c>now</c> (and a jitter draw), returns a time.</summary>
/// <remarks>
/// Server hints (Cache-Control max-age, Expires, RSS &lt;ttl&gt;, Retry-After) are lower bounds, never upper bounds, and are
/// capped at <see cref="MaxServerHint"/> so a server cannot switch a feed off. Failures back off exponentially from the
/// feed's interval, with ±20 % jitter so feeds on one host do not retry in lock-step, capped at <see cref="MaxBackoff"/>:
/// a failing feed keeps being probed for ever; nothing is ever disabled.
/// </remarks>
public static class PollScheduler
{
    /// <summary>Gets the longest back-off after repeated failures (unless the feed's own interval is longer).</summary>
    public static TimeSpan MaxBackoff { get; } = TimeSpan.FromHours(6);

    /// <summary>Gets the longest delay a server hint (cache lifetime, TTL, Retry-After) can impose.</summary>
    public static TimeSpan MaxServerHint { get; } = TimeSpan.FromHours(24);

    /// <summary>Next poll after a success: the interval, or longer when the server asked (cache lifetime, TTL).</summary>
    public static DateTimeOffset AfterSuccess(TimeSpan interval, TimeSpan? serverHint, DateTimeOffset now) =>
        now + Max(interval, Cap(serverHint));

    /// <summary>Next poll after the <paramref name="consecutiveFailures"/>-th failure in a row, with neutral jitter.</summary>
    public static DateTimeOffset AfterFailure(TimeSpan interval, int consecutiveFailures, TimeSpan? retryAfter, DateTimeOffset now) =>
        AfterFailure(interval, consecutiveFailures, retryAfter, now, 0.5);

    /// <summary>Next poll after the <paramref name="consecutiveFailures"/>-th failure in a row: capped exponential back-off with jitter that keeps probing.</summary>
    /// <param name="interval">The feed's configured interval.</param>
    /// <param name="consecutiveFailures">Failures in a row, including this one (1 = first failure).</param>
    /// <param name="retryAfter">The server's Retry-After (429/503), a lower bound.</param>
    /// <param name="now">The current time.</param>
    /// <param name="jitter">A draw in [0, 1); 0.5 means no jitter. Callers pass <see cref="IJitterSource.Next"/>.</param>
    public static DateTimeOffset AfterFailure(TimeSpan interval, int consecutiveFailures, TimeSpan? retryAfter, DateTimeOffset now, double jitter)
    {
        var cap = Max(MaxBackoff, interval);
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 20);
        var raw = interval.Ticks * Math.Pow(2, exponent);
        var backoff = TimeSpan.FromTicks((long)Math.Min(cap.Ticks, raw));
        var factor = 0.8 + (0.4 * Math.Clamp(jitter, 0, 1));
        var jittered = TimeSpan.FromTicks((long)Math.Min(cap.Ticks, backoff.Ticks * factor));
        return now + Max(jittered, Cap(retryAfter));
    }

    private static TimeSpan Cap(TimeSpan? hint) => hint is { } h && h > TimeSpan.Zero ? (h > MaxServerHint ? MaxServerHint : h) : TimeSpan.Zero;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
