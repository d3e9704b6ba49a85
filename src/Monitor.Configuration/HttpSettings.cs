namespace Monitor.Configuration;

/// <summary>How feeds are fetched over HTTP (config section <c>http:</c>). Every value has a sensible default.</summary>
/// <param name="ContactUrl">The URL named in the User-Agent so publishers can reach whoever runs this instance.</param>
/// <param name="Timeout">Total time for one fetch (connect, headers, body).</param>
/// <param name="ConnectTimeout">Time to open the connection.</param>
/// <param name="MaxBodyBytes">Largest body accepted, after decompression.</param>
/// <param name="PerHostConcurrency">Fetches running against one host at once.</param>
public sealed record HttpSettings(string ContactUrl, TimeSpan Timeout, TimeSpan ConnectTimeout, long MaxBodyBytes, int PerHostConcurrency)
{
    /// <summary>Gets the settings used when the config has no <c>http:</c> section.</summary>
    public static HttpSettings Default { get; } = new("https://github.com/monitor-alerts/monitor", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), 10L * 1024 * 1024, 4);
}
