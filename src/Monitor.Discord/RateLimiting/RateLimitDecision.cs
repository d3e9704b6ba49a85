namespace Monitor.Discord.RateLimiting;

/// <summary>Whether a request may go now, and otherwise until when and why not.</summary>
/// <param name="Reason">Why not (<see cref="RateLimitWaitReason.None"/>: go).</param>
/// <param name="NotBefore">The earliest time to ask again.</param>
public sealed record RateLimitDecision(RateLimitWaitReason Reason, DateTimeOffset NotBefore)
{
    /// <summary>Gets a value indicating whether the request may go now (its slot is reserved).</summary>
    public bool Proceed => Reason == RateLimitWaitReason.None;

    /// <summary>Returns a decision to go.</summary>
    public static RateLimitDecision Go(DateTimeOffset now) => new(RateLimitWaitReason.None, now);
}
