using System.ComponentModel.DataAnnotations;

namespace Monitor.Discord;

/// <summary>Settings of the Discord client and sink: the config's <c>discord:</c> section (keys in snake_case, e.g. <c>channel_message_budget</c>),
/// read once by the config loader and validated there against these DataAnnotations. The User-Agent names <see cref="Domain.MonitorProject"/>.</summary>
public sealed class DiscordOptions
{
    /// <summary>Gets or sets the REST API base for bot-token requests (webhook URLs keep their own host).</summary>
    /// <value>The default value is <c>https://discord.com/api/v10</c>.</value>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Gets or sets the HTTP timeout of one request.</summary>
    /// <value>The default value is 20 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets or sets the longest rate-limit wait done in process; a longer one is handed back as a retry-later with the delay.</summary>
    /// <value>The default value is 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how often one request is re-sent after a 429 inside one delivery.</summary>
    /// <value>The default value is 2.</value>
    [Range(0, 10, ErrorMessage = "must be from {1} to {2}")]
    public int MaxRateLimitRetries { get; set; } = 2;

    /// <summary>Gets or sets the global ceiling of requests per second per bot token (and per IP for webhooks).</summary>
    /// <value>The default value is 50.</value>
    [Range(1, 50, ErrorMessage = "must be from {1} to {2}")]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Gets or sets Discord's invalid-request limit (401, 403 and non-shared 429) per <see cref="InvalidRequestWindow"/>.</summary>
    /// <value>The default value is 10,000.</value>
    [Range(1, 10_000, ErrorMessage = "must be from {1} to {2}")]
    public int InvalidRequestLimit { get; set; } = 10_000;

    /// <summary>Gets or sets the window of <see cref="InvalidRequestLimit"/>.</summary>
    /// <value>The default value is 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan InvalidRequestWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the share of <see cref="InvalidRequestLimit"/> at which all traffic pauses (safety margin).</summary>
    /// <value>The default value is 0.5 (pause at 5,000).</value>
    [Range(0.05, 1.0, ErrorMessage = "must be from {1} to {2}")]
    public double InvalidRequestPauseRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how long all traffic pauses after a Cloudflare-style ban.</summary>
    /// <value>The default value is 30 minutes.</value>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan BanPause { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets how many messages one webhook or channel may post per <see cref="ChannelBudgetWindow"/>, below Discord's hidden ~30/min channel limit.</summary>
    /// <value>The default value is 25.</value>
    [Range(1, 30, ErrorMessage = "must be from {1} to {2}")]
    public int ChannelMessageBudget { get; set; } = 25;

    /// <summary>Gets or sets the window of <see cref="ChannelMessageBudget"/>.</summary>
    /// <value>The default value is 60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan ChannelBudgetWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the margin added to a bucket's reset time before sending again.</summary>
    /// <value>The default value is 50 milliseconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan ResetMargin { get; set; } = TimeSpan.FromMilliseconds(50);
}
