using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Scheduling;

namespace Monitor.Pipeline.State;

/// <summary>Feed health bookkeeping. Pure: takes the previous state, what the poll found, <c>now</c> and a jitter draw; returns the state to save.</summary>
/// <remarks>
/// A success keeps the HTTP validators (a 304 keeps the old ones), resets the failure count and schedules by the interval or a longer
/// server hint. A failure counts, records the error and backs off (see <see cref="PollScheduler"/>). "Failing" is reported once per
/// streak, on the poll that reaches the threshold; "Recovered" on the first success after such a streak.
/// </remarks>
public static class FeedHealth
{
    /// <summary>Returns the state after a successful poll (including 304 Not Modified).</summary>
    /// <param name="previous">The state before the poll.</param>
    /// <param name="interval">The feed's interval.</param>
    /// <param name="fetched">What the fetch returned (validators, cache lifetime, status).</param>
    /// <param name="timeToLive">The feed's own TTL (RSS &lt;ttl&gt;), when it gave one.</param>
    /// <param name="threshold">Failures in a row after which admins were told.</param>
    /// <param name="now">The poll's time.</param>
    public static FeedHealthUpdate Succeeded(FeedState previous, TimeSpan interval, FetchResult fetched, TimeSpan? timeToLive, int threshold, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(fetched);
        var notModified = fetched.Status == FetchStatus.NotModified;
        var state = previous with
        {
            ETag = fetched.ETag ?? (notModified ? previous.ETag : null),
            LastModified = fetched.LastModified ?? (notModified ? previous.LastModified : null),
            ConsecutiveFailures = 0,
            LastSuccessAt = now,
            NextPollAt = PollScheduler.AfterSuccess(interval, Max(fetched.CacheLifetime, timeToLive), now),
        };
        return new FeedHealthUpdate(previous, state, Evaluate(previous.ConsecutiveFailures, 0, threshold));
    }

    /// <summary>Returns the state after a failed poll.</summary>
    /// <param name="previous">The state before the poll.</param>
    /// <param name="interval">The feed's interval.</param>
    /// <param name="kind">What kind of failure.</param>
    /// <param name="error">The error message (safe to show).</param>
    /// <param name="retryAfter">The server's Retry-After, a lower bound of the next poll.</param>
    /// <param name="threshold">Failures in a row after which admins are told.</param>
    /// <param name="now">The poll's time.</param>
    /// <param name="jitter">A draw in [0, 1) from an <see cref="IJitterSource"/>.</param>
    public static FeedHealthUpdate Failed(FeedState previous, TimeSpan interval, FetchFailureKind kind, string error, TimeSpan? retryAfter, int threshold, DateTimeOffset now, double jitter)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var failures = previous.ConsecutiveFailures + 1;
        var state = previous with
        {
            ConsecutiveFailures = failures,
            LastErrorKind = kind.ToString(),
            LastError = error,
            LastErrorAt = now,
            NextPollAt = PollScheduler.AfterFailure(interval, failures, retryAfter, now, jitter),
        };
        return new FeedHealthUpdate(previous, state, Evaluate(previous.ConsecutiveFailures, failures, threshold));
    }

    /// <summary>Returns the transition from <paramref name="previousFailures"/> to <paramref name="currentFailures"/> consecutive failures.</summary>
    /// <remarks>"Failing" fires once per streak, on the poll that reaches <paramref name="threshold"/>; "Recovered" fires on the first success after such a streak.</remarks>
    public static FeedHealthTransition Evaluate(int previousFailures, int currentFailures, int threshold)
    {
        threshold = Math.Max(1, threshold);
        if (currentFailures == threshold && previousFailures < threshold)
        {
            return FeedHealthTransition.StartedFailing;
        }

        return currentFailures == 0 && previousFailures >= threshold ? FeedHealthTransition.Recovered : FeedHealthTransition.None;
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
