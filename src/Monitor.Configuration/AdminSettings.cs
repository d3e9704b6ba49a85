namespace Monitor.Configuration;

/// <summary>Where Monitor reports on itself (feeds failing and recovering, destinations gone).</summary>
/// <param name="ChannelId">The channel that receives admin alerts, or <see langword="null"/> to only log them.</param>
/// <param name="FeedFailureThreshold">After this many consecutive failures of one feed an admin alert is sent (and another on recovery).</param>
public sealed record AdminSettings(string? ChannelId, int FeedFailureThreshold)
{
    /// <summary>Gets the settings used when the config has no <c>admin:</c> section.</summary>
    public static AdminSettings Default { get; } = new(null, 5);
}
