using System.ComponentModel.DataAnnotations;

namespace Monitor.Infrastructure.Http;

/// <summary>Options for fetching feeds over HTTP (config section <c>http:</c>).</summary>
public sealed class FeedHttpOptions
{
    /// <summary>Gets or sets the total timeout of one fetch: connect, headers and the whole body.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the timeout for opening the TCP/TLS connection.</summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the largest body accepted, counted after decompression (gzip, deflate, brotli).</summary>
    /// <value>The default value is 10 MB.</value>
    [Range(1024, 512L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Gets or sets how many fetches may run against one host at once.</summary>
    /// <value>The default value is 4.</value>
    [Range(1, 64)]
    public int PerHostConcurrency { get; set; } = 4;

    /// <summary>Gets or sets the most redirects followed for one fetch.</summary>
    /// <value>The default value is 5.</value>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Gets or sets the URL where publishers can learn about (and contact) whoever runs this instance.</summary>
    /// <value>The default value is the project's home page.</value>
    [Required]
    public string ContactUrl { get; set; } = "https://github.com/monitor-alerts/monitor";

    /// <summary>Gets the honest User-Agent: names Monitor and the contact URL.</summary>
    public string UserAgent => $"Monitor/1.0 (media-monitoring feed reader; +{ContactUrl})";
}
