using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace Monitor.Configuration;

/// <summary>An address and port to listen on (<c>127.0.0.1:9464</c>, <c>[::1]:9464</c>, <c>0.0.0.0:9464</c>).</summary>
/// <param name="Address">The IP address.</param>
/// <param name="Port">The TCP port; 0 lets the system pick one (tests).</param>
public sealed record ServerEndpoint(IPAddress Address, int Port)
{
    /// <summary>Gets a value indicating whether only this machine can connect (127.0.0.0/8 or ::1).</summary>
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    /// <summary>Parses <c>host:port</c> where host is an IP address (IPv6 in brackets) or <c>localhost</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ServerEndpoint? endpoint)
    {
        endpoint = null;
        var s = text?.Trim() ?? string.Empty;
        var colon = s.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(s[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            return false;
        }

        var host = s[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        var address = host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.TryParse(host, out var ip) ? ip : null;
        if (address is null)
        {
            return false;
        }

        endpoint = new ServerEndpoint(address, port);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{Address}]:{Port}" : $"{Address}:{Port}";
}
