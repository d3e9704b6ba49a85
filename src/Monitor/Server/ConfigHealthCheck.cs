using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monitor.Hosting;

namespace Monitor.Server;

/// <summary>Ready when a valid config is loaded (the running one; a reload that failed keeps the previous, still valid, config).</summary>
internal sealed class ConfigHealthCheck(ReloadableSnapshotSource snapshots) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var config = snapshots.Config;
        var data = new Dictionary<string, object> { ["feeds"] = config.Feeds.Count, ["rules"] = config.Rules.Count };
        return Task.FromResult(HealthCheckResult.Healthy($"{Path.GetFileName(config.SourcePath)} loaded", data));
    }
}
