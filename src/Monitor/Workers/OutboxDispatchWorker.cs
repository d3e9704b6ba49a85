using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Monitor.Workers;

/// <summary>Runs the outbox dispatch loop continuously: delivers what is due, then waits a moment.</summary>
public sealed class OutboxDispatchWorker(OutboxDispatchLoop loop, TimeProvider time, ILogger<OutboxDispatchWorker> logger) : BackgroundService
{
    /// <summary>Gets or sets the pause between passes when nothing was delivered.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = (await loop.PassAsync(stoppingToken))?.Delivered ?? 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage or sink bug: log, keep the rows (they stay pending), try again after the pause.
                Log.DispatchCrashed(logger, ex.Message, ex);
            }

            if (delivered == 0)
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
