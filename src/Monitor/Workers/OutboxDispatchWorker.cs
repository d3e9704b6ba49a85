using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Pipeline.Delivery;

namespace Monitor.Workers;

/// <summary>Runs the outbox dispatcher continuously: delivers what is due, then waits a moment.</summary>
public sealed class OutboxDispatchWorker(OutboxDispatcher dispatcher, TimeProvider time, ILogger<OutboxDispatchWorker> logger, Infrastructure.Storage.IMonitorStore? store = null) : BackgroundService
{
    /// <summary>Gets or sets the pause between passes when nothing was delivered.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var report = new DispatchReport(0, 0, 0);
            try
            {
                // In a PostgreSQL cluster one node dispatches; the others wait and take over if it goes away.
                if (store is null || await store.TryLeadDispatchAsync(stoppingToken))
                {
                    report = await dispatcher.DispatchDueAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage or sink bug: log, keep the rows (they stay pending), try again after the pause.
                Log.DispatchCrashed(logger, ex.Message, ex);
            }

            if (report.Delivered == 0)
            {
                try
                {
                    await Task.Delay(IdleDelay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
