using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Monitor.Configuration;
using Monitor.Server.Status;

namespace Monitor.Server;

/// <summary>
/// The optional HTTP side of <c>monitor run</c>, in the same host as the workers: <c>/healthz</c>, <c>/readyz</c>,
/// <c>/metrics</c> (Prometheus text) and the status page at <c>/</c>. Without a listen address the host has no web server.
/// </summary>
internal static class MonitorServer
{
    private const string ReadyTag = "ready";

    /// <summary>Creates the host builder: a web application builder when <paramref name="settings"/> listen, the plain generic host otherwise.</summary>
    public static IHostApplicationBuilder CreateBuilder(ServerSettings settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Listen is not { } listen)
        {
            return Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = contentRoot });
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, Args = [] });
        builder.Configuration.Sources.Clear();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(listen.Address, listen.Port);
        });
        builder.Services.AddHealthChecks()
            .AddCheck<ConfigHealthCheck>("config", tags: [ReadyTag])
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag]);
        builder.Services.AddSingleton<StatusSnapshotReader>();
        return builder;
    }

    /// <summary>Builds the host; with a web server, maps the endpoints.</summary>
    public static IHost Build(IHostApplicationBuilder builder, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        if (builder is not WebApplicationBuilder web)
        {
            return ((HostApplicationBuilder)builder).Build();
        }

        var app = web.Build();
        if (settings.Token is { } token)
        {
            app.UseMiddleware<BearerTokenMiddleware>(token);
        }

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapGet("/", async (StatusSnapshotReader reader, CancellationToken cancellationToken) =>
            Results.Content(StatusPage.Render(await reader.ReadAsync(cancellationToken)), "text/html; charset=utf-8"));
        return app;
    }

    /// <summary>Returns the addresses the server listens on once started (the real port when the config said 0), or none.</summary>
    public static IReadOnlyList<string> Addresses(IHost host) =>
        host.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
