using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Discord.Interactions.Http;

/// <summary>A Kestrel minimal API serving <see cref="HttpInteractionsEndpoint"/> at <c>POST /interactions</c> on <c>http_interactions.listen</c>.</summary>
public sealed class HttpInteractionsServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private HttpInteractionsServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>Gets the address the server listens on, for example <c>http://127.0.0.1:8090</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening on <paramref name="listen"/> (<c>host:port</c>; port 0 picks a free one).</summary>
    /// <exception cref="ArgumentException"><paramref name="listen"/> is not <c>ip:port</c>.</exception>
    public static async Task<HttpInteractionsServer> StartAsync(string listen, HttpInteractionsEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var endPoint = ParseListen(listen);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(endPoint);
            k.Limits.MaxRequestBodySize = HttpInteractionsEndpoint.MaxBodyBytes;
        });
        var app = builder.Build();
        app.MapPost("/interactions", endpoint.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpInteractionsServer(app, new Uri(address));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static IPEndPoint ParseListen(string listen)
    {
        var colon = listen?.LastIndexOf(':') ?? -1;
        if (colon <= 0
            || !IPAddress.TryParse(listen![..colon].Trim('[', ']'), out var ip)
            || !int.TryParse(listen[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port > 65535)
        {
            throw new ArgumentException($"discord.http_interactions.listen '{listen}' must be ip:port, for example 127.0.0.1:8090.", nameof(listen));
        }

        return new IPEndPoint(ip, port);
    }
}
