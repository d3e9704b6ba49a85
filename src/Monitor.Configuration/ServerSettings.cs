using System.Net;
using Monitor.Domain.Channels;

namespace Monitor.Configuration;

/// <summary>The HTTP server for health, metrics and the status page (config section <c>server:</c>). Off unless <c>listen</c> is set.</summary>
/// <param name="Listen">The address to bind, such as <c>127.0.0.1:9464</c>, or <see langword="null"/> for no server.</param>
/// <param name="Token">The bearer token every endpoint but <c>/healthz</c> requires; required when <paramref name="Listen"/> is not a loopback address.</param>
public sealed record ServerSettings(ServerEndpoint? Listen, Secret? Token)
{
    /// <summary>Gets the settings used when the config has no <c>server:</c> section: no server.</summary>
    public static ServerSettings Default { get; } = new(null, null);

    /// <summary>Gets the address the bundled config and README suggest: loopback, on the port Prometheus lists for application exporters.</summary>
    public static ServerEndpoint DefaultEndpoint { get; } = new(IPAddress.Loopback, 9464);
}
