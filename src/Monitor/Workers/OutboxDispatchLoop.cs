using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Delivery;

namespace Monitor.Workers;

/// <summary>The dispatch loop shared by <see cref="OutboxDispatchWorker"/> (forever) and <c>monitor run --once</c> (until nothing more is due).</summary>
/// <remarks>In a PostgreSQL cluster one node dispatches: a pass first asks the store for the lead; the other nodes skip the pass and take over if the leader goes away.</remarks>
public sealed class OutboxDispatchLoop(OutboxDispatcher dispatcher, IMonitorStore? store = null)
{
    /// <summary>One pass: delivers what is due now. Returns <see langword="null"/> when another node leads dispatch.</summary>
    public async Task<DispatchReport?> PassAsync(CancellationToken cancellationToken)
    {
        if (store is not null && !await store.TryLeadDispatchAsync(cancellationToken))
        {
            return null;
        }

        return await dispatcher.DispatchDueAsync(cancellationToken);
    }

    /// <summary>Passes until one delivers and parks nothing (failed rows are rescheduled into the future, so this ends), or another node leads. Returns the totals.</summary>
    public async Task<DispatchReport> DrainAsync(CancellationToken cancellationToken)
    {
        int delivered = 0, retrying = 0, dead = 0;
        while (await PassAsync(cancellationToken) is { } report)
        {
            delivered += report.Delivered;
            dead += report.Dead;
            retrying = report.Retrying;
            if (report.Delivered == 0 && report.Dead == 0)
            {
                break;
            }
        }

        return new DispatchReport(delivered, retrying, dead);
    }
}
