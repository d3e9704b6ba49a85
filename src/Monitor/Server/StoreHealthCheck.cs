using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monitor.Pipeline.Delivery;

namespace Monitor.Server;

/// <summary>Ready when the store answers a small query (SQLite file or PostgreSQL server reachable).</summary>
internal sealed class StoreHealthCheck(IOutboxAdmin store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ListDisabledChannelsAsync(cancellationToken);
            return HealthCheckResult.Healthy("store reachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception type only: a connection error's message can carry the connection string's host and user.
            return HealthCheckResult.Unhealthy($"store not reachable ({ex.GetType().Name})");
        }
    }
}
