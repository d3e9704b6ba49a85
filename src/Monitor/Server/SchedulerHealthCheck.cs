using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Monitor.Server;

/// <summary>Ready when the Quartz scheduler that polls the feeds has started and is not shut down or in standby.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("scheduler started")
            : HealthCheckResult.Unhealthy($"scheduler {status.ToString().ToLowerInvariant()}, not running");
    }
}
