using System.ComponentModel.DataAnnotations;

namespace Monitor.Infrastructure.Http;

/// <summary>Options for fetching feeds over HTTP.</summary>
public sealed class FeedHttpOptions
{
    /// <summary>Gets or sets the total timeout of one fetch.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the largest body accepted, after decompression.</summary>
    /// <value>The default value is 10 MB.</value>
    [Range(1024, 512L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Gets or sets the User-Agent header.</summary>
    /// <value>The default value names Monitor and its project URL.</value>
    [Required]
    public string UserAgent { get; set; } = "Monitor/0.1 (+https://github.com/monitor-alerts/monitor)";
}
