using System.Collections.Concurrent;

namespace Monitor.Infrastructure.Http;

/// <summary>Limits how many fetches run against one host at once, so a big instance never hammers one publisher.</summary>
public sealed class HostConcurrencyLimiter(int perHost)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot for <paramref name="host"/>; dispose the result to give it back.</summary>
    public async Task<IDisposable> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        var gate = hosts.GetOrAdd(host, _ => new SemaphoreSlim(perHost, perHost));
        await gate.WaitAsync(cancellationToken);
        return new Slot(gate);
    }

    private sealed class Slot(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
