using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Pipeline.Dedup;

namespace Monitor.Workers;

/// <summary>Forgets ledger rows older than the retention period (<c>storage.retention</c>, default 90 days): at start-up and every few hours.</summary>
public sealed class RetentionWorker(IItemLedger ledger, LedgerOptions options, TimeProvider time, ILogger<RetentionWorker> logger) : BackgroundService
{
    /// <summary>Gets or sets the pause between prunes.</summary>
    /// <value>The default value is 6 hours.</value>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var removed = await ledger.PruneAsync(time.GetUtcNow() - options.Retention, stoppingToken);
                Log.Pruned(logger, removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Pruning is housekeeping: a failure is logged and tried again later, it never stops the worker.
                Log.PruneFailed(logger, ex.Message, ex);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
