namespace Monitor.Pipeline.State;

/// <summary>What is remembered about a feed between polls: HTTP validators and health. Persisted.</summary>
/// <param name="FeedId">The feed.</param>
public sealed record FeedState(string FeedId)
{
    /// <summary>Gets the last ETag.</summary>
    public string? ETag { get; init; }

    /// <summary>Gets the last Last-Modified.</summary>
    public string? LastModified { get; init; }

    /// <summary>Gets the number of failed polls since the last success.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Gets the kind of the last error (a <see cref="Fetching.FetchFailureKind"/> name), or null.</summary>
    public string? LastErrorKind { get; init; }

    /// <summary>Gets the last error message (safe to show).</summary>
    public string? LastError { get; init; }

    /// <summary>Gets when the last error happened.</summary>
    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>Gets when the feed was last polled successfully (including 304).</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>Gets when the feed should be polled next.</summary>
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Gets a value indicating whether the feed has been polled successfully at least once (its first poll applies backfill).</summary>
    public bool HasBeenPolled => LastSuccessAt is not null;
}
