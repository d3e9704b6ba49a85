using Microsoft.Extensions.DependencyInjection;
using Monitor.Discord.Rest;
using Monitor.Pipeline.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Monitor.Telemetry;

/// <summary>Registers <see cref="MonitorMetrics"/>, its Prometheus exporter and, when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, traces over OTLP.</summary>
internal static class TelemetryServices
{
    /// <summary>The OpenTelemetry environment variable that turns on trace export.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddMonitorTelemetry(this IServiceCollection services, Func<string, string?> environment, bool prometheus)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddSingleton<MonitorMetrics>();
        services.AddTransient<DiscordMetricsHandler>();
        services.AddHttpClient(DiscordRestClient.HttpClientName).AddHttpMessageHandler<DiscordMetricsHandler>();
        services.AddHostedService<OutboxMetricsSampler>();
        var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("monitor"));
        if (prometheus)
        {
            otel.WithMetrics(m => m.AddMeter(MonitorMetrics.MeterName).AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        if (environment(OtlpEndpointVariable) is { Length: > 0 } endpoint && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            otel.WithTracing(t => t.AddSource(MonitorActivities.SourceName).AddOtlpExporter(o => o.Endpoint = uri));
        }

        return services;
    }
}
