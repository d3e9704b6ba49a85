using Monitor.Domain;

namespace Monitor.Pipeline.Fetching;

/// <summary>The defaults of the config's <c>http:</c> section, written once (<see cref="FeedHttpOptions"/> and <c>monitor check --defaults</c> read them).</summary>
public static class FeedHttpDefaults
{
    /// <summary>The URL in the User-Agent when <c>contact_url</c> is not set: the project's home page.</summary>
    public const string ContactUrl = MonitorProject.Url;

    /// <summary>The most redirects followed for one fetch.</summary>
    public const int MaxRedirects = 5;

    /// <summary>Fetches running against one host at once.</summary>
    public const int PerHostConcurrency = 4;

    /// <summary>The largest body accepted, after decompression: 10 MB.</summary>
    public const long MaxBodyBytes = 10L * 1024 * 1024;

    /// <summary>Gets the total time for one fetch (connect, headers, body): 30 seconds.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the time to open the connection: 10 seconds.</summary>
    public static TimeSpan ConnectTimeout { get; } = TimeSpan.FromSeconds(10);
}
