using Monitor.Pipeline.Telemetry;

namespace Monitor.Telemetry;

/// <summary>Counts every request to Discord by status, and 429s by <c>X-RateLimit-Scope</c>. Sits on Discord's named HTTP client.</summary>
internal sealed class DiscordMetricsHandler(MonitorMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            metrics.DiscordResponded(null, null);
            throw;
        }

        var scope = response.Headers.TryGetValues("X-RateLimit-Scope", out var values) ? values.FirstOrDefault() : null;
        metrics.DiscordResponded((int)response.StatusCode, scope);
        return response;
    }
}
