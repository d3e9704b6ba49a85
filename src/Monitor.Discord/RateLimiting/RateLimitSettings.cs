namespace Monitor.Discord.RateLimiting;

/// <summary>The numbers the rate limiter works with (from <see cref="DiscordOptions"/>).</summary>
/// <param name="GlobalPerSecond">Requests per second per bot token or IP.</param>
/// <param name="InvalidPauseAt">Invalid requests in the window at which all traffic pauses.</param>
/// <param name="InvalidWindow">The invalid-request window.</param>
/// <param name="BanPause">How long a ban pauses everything.</param>
/// <param name="ChannelBudget">Messages per channel per <paramref name="ChannelWindow"/>.</param>
/// <param name="ChannelWindow">The channel budget window.</param>
/// <param name="ResetMargin">Added to every reset time.</param>
public sealed record RateLimitSettings(
    int GlobalPerSecond,
    int InvalidPauseAt,
    TimeSpan InvalidWindow,
    TimeSpan BanPause,
    int ChannelBudget,
    TimeSpan ChannelWindow,
    TimeSpan ResetMargin)
{
    /// <summary>Builds the settings from options.</summary>
    public static RateLimitSettings From(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RateLimitSettings(
            Math.Max(1, options.GlobalRequestsPerSecond),
            Math.Max(1, (int)(options.InvalidRequestLimit * Math.Clamp(options.InvalidRequestPauseRatio, 0.01, 1.0))),
            options.InvalidRequestWindow,
            options.BanPause,
            Math.Max(1, options.ChannelMessageBudget),
            options.ChannelBudgetWindow,
            options.ResetMargin);
    }
}
