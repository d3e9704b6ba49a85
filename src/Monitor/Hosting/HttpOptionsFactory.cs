using Monitor.Configuration;
using Monitor.Infrastructure.Http;

namespace Monitor.Hosting;

/// <summary>Maps the config's <c>http:</c> section to <see cref="FeedHttpOptions"/>.</summary>
public static class HttpOptionsFactory
{
    /// <summary>Creates the options for <paramref name="settings"/>.</summary>
    public static FeedHttpOptions Create(HttpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new FeedHttpOptions
        {
            ContactUrl = settings.ContactUrl,
            Timeout = settings.Timeout,
            ConnectTimeout = settings.ConnectTimeout,
            MaxBodyBytes = settings.MaxBodyBytes,
            PerHostConcurrency = settings.PerHostConcurrency,
        };
    }
}
