namespace Monitor.Discord.RateLimiting;

/// <summary>What is known about one (bucket hash, major resource) bucket.</summary>
internal sealed class BucketState
{
    /// <summary>Gets or sets a value indicating whether a response told us the limits (or that there are none).</summary>
    public bool Known { get; set; }

    /// <summary>Gets or sets the window size; <see langword="null"/> when responses carry no limits.</summary>
    public int? Limit { get; set; }

    public int Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    public int InFlight { get; set; }

    public DateTimeOffset LastUsed { get; set; }
}
