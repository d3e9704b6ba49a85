namespace Monitor.TestKit.Discord;

/// <summary>The limits the Discord test server enforces. Defaults follow Discord's observed numbers: https://discord.com/developers/docs/topics/rate-limits.</summary>
public sealed class DiscordTestServerOptions
{
    /// <summary>Gets or sets requests per webhook per <see cref="WebhookWindow"/> (reported in headers, bucket per webhook).</summary>
    public int WebhookLimit { get; set; } = 5;

    /// <summary>Gets or sets the webhook window.</summary>
    public TimeSpan WebhookWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the hidden messages-per-channel limit (not in any header).</summary>
    public int ChannelHiddenLimit { get; set; } = 30;

    /// <summary>Gets or sets the hidden limit's sliding window.</summary>
    public TimeSpan ChannelHiddenWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the retry_after of the <c>shared</c> 429 the hidden limit answers with (the channel stays closed that long).</summary>
    public TimeSpan SharedRetryAfter { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>Gets or sets bot create-message requests per channel per <see cref="BotChannelWindow"/>.</summary>
    public int BotChannelLimit { get; set; } = 5;

    /// <summary>Gets or sets the bot per-channel window.</summary>
    public TimeSpan BotChannelWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the global requests per second per bot token.</summary>
    public int GlobalPerSecond { get; set; } = 50;

    /// <summary>Gets or sets how long a bot nonce is remembered for <c>enforce_nonce</c>.</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Returns options with every window divided by <paramref name="factor"/> (for fast drain runs; the counts stay).</summary>
    public static DiscordTestServerOptions Scaled(double factor) => new()
    {
        WebhookWindow = TimeSpan.FromSeconds(2 / factor),
        ChannelHiddenWindow = TimeSpan.FromSeconds(60 / factor),
        SharedRetryAfter = TimeSpan.FromSeconds(40 / factor),
        BotChannelWindow = TimeSpan.FromSeconds(5 / factor),
    };
}
