using System.ComponentModel.DataAnnotations;
using Monitor.Domain;

namespace Monitor.Pipeline.Fetching;

/// <summary>How feeds are fetched over HTTP: the one options type of the config's <c>http:</c> section, read once by the config
/// loader, validated there (these DataAnnotations, reported at the key's line) and handed to the fetchers.</summary>
/// <remarks>The defaults are in <see cref="FeedHttpDefaults"/>.</remarks>
public sealed record FeedHttpOptions
{
    /// <summary>Gets the total timeout of one fetch: connect, headers and the whole body (<c>timeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan Timeout { get; init; } = FeedHttpDefaults.Timeout;

    /// <summary>Gets the timeout for opening the TCP/TLS connection (<c>connect_timeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "must be from {1} to {2}")]
    public TimeSpan ConnectTimeout { get; init; } = FeedHttpDefaults.ConnectTimeout;

    /// <summary>Gets the largest body accepted, counted after decompression (<c>max_body</c>).</summary>
    [Range(1024, 512L * 1024 * 1024, ErrorMessage = "must be from 1KB to 512MB")]
    public long MaxBodyBytes { get; init; } = FeedHttpDefaults.MaxBodyBytes;

    /// <summary>Gets how many fetches may run against one host at once (<c>per_host_concurrency</c>).</summary>
    [Range(1, 64, ErrorMessage = "must be from {1} to {2}")]
    public int PerHostConcurrency { get; init; } = FeedHttpDefaults.PerHostConcurrency;

    /// <summary>Gets the most redirects followed for one fetch; 0 follows none (<c>max_redirects</c>).</summary>
    [Range(0, 10, ErrorMessage = "must be from {1} to {2}")]
    public int MaxRedirects { get; init; } = FeedHttpDefaults.MaxRedirects;

    /// <summary>Gets the URL where publishers can learn about (and contact) whoever runs this instance (<c>contact_url</c>).</summary>
    [Required]
    public string ContactUrl { get; init; } = FeedHttpDefaults.ContactUrl;

    /// <summary>Gets the honest User-Agent: names Monitor, its version and the contact URL.</summary>
    public string UserAgent => $"Monitor/{MonitorProject.Version} (media-monitoring feed reader; +{ContactUrl})";
}
