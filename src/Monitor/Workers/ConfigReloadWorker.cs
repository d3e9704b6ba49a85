using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Configuration;
using Monitor.Hosting;
using Quartz;

namespace Monitor.Workers;

/// <summary>Watches the config file; a valid new version replaces the running one (rules recompiled, feeds added or removed), an invalid one is reported and ignored so the last good config keeps running.</summary>
public sealed class ConfigReloadWorker(
    ReloadableSnapshotSource snapshots,
    ISchedulerFactory schedulers,
    Func<string, string?> environment,
    TimeProvider time,
    ILogger<ConfigReloadWorker> logger) : BackgroundService
{
    /// <summary>Gets or sets how often the file is checked.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = snapshots.Config.SourcePath;
        var lastHash = Hash(path);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(CheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var hash = Hash(path);
            if (hash is null || hash == lastHash)
            {
                continue;
            }

            lastHash = hash;
            await ReloadAsync(stoppingToken);
        }
    }

    /// <summary>Loads the config file again and applies it when valid. Returns the diagnostics that rejected it (empty when applied).</summary>
    public async Task<IReadOnlyList<ConfigDiagnostic>> ReloadAsync(CancellationToken cancellationToken)
    {
        var result = ConfigLoader.Load(snapshots.Config.SourcePath, environment);
        if (!result.IsValid)
        {
            var errors = result.Errors.ToList();
            foreach (var error in errors)
            {
                Log.ReloadRejected(logger, error.ToString());
            }

            return errors;
        }

        var previous = snapshots.Config;
        if (result.Config!.Storage != previous.Storage)
        {
            Log.StorageChangeIgnored(logger);
        }

        snapshots.Replace(result.Config with { Storage = previous.Storage });
        await QuartzFeedScheduling.SyncJobsAsync(await schedulers.GetScheduler(cancellationToken), previous, result.Config, cancellationToken);
        Log.Reloaded(logger, result.Config.Feeds.Count, result.Config.Rules.Count);
        return [];
    }

    private static string? Hash(string path)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
