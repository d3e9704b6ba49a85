using Microsoft.Extensions.Hosting;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Telemetry;

namespace Monitor.Telemetry;

/// <summary>Samples the outbox every <see cref="Interval"/> for the <c>monitor_outbox_pending</c> and <c>monitor_outbox_oldest_pending_seconds</c> gauges.</summary>
/// <remarks>Gauges are read synchronously by the exporter; the store is asynchronous, so a sample is taken here and read there.</remarks>
internal sealed class OutboxMetricsSampler(IOutboxAdmin outbox, MonitorMetrics metrics, TimeProvider time) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(15);

    /// <summary>Takes one sample now.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        var pending = await outbox.ListAsync(OutboxStatus.Pending, int.MaxValue, cancellationToken);
        var now = time.GetUtcNow();
        var oldest = pending.Count == 0 ? TimeSpan.Zero : now - pending.Min(e => e.CreatedAt);
        metrics.OutboxSampled(pending.Count, oldest);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A missed sample keeps the last values; the store's own errors are logged by the workers that need it.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
