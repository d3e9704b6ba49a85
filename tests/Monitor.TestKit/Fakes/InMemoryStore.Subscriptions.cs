using Monitor.Domain.Subscriptions;
using Monitor.Pipeline.Subscriptions;

namespace Monitor.TestKit.Fakes;

/// <summary>The subscription port in memory.</summary>
public sealed partial class InMemoryStore : ISubscriptionStore
{
    private readonly List<Subscription> subscriptions = [];

    /// <inheritdoc/>
    public Task AddAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (gate)
        {
            if (subscriptions.Exists(s => s.Id == subscription.Id))
            {
                throw new InvalidOperationException($"A subscription with id '{subscription.Id}' already exists.");
            }

            subscriptions.Add(subscription);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> RemoveAsync(string id, string? ownerId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var removed = subscriptions.RemoveAll(s => s.Id == id && (ownerId is null || s.OwnerId == ownerId));
            return Task.FromResult(removed > 0);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Subscription>> ListAsync(string? ownerId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Subscription> list = [.. subscriptions.Where(s => ownerId is null || s.OwnerId == ownerId)];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc/>
    public Task MuteAsync(string ownerId, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            for (var i = 0; i < subscriptions.Count; i++)
            {
                if (subscriptions[i].OwnerId == ownerId)
                {
                    subscriptions[i] = subscriptions[i] with { MutedUntil = until };
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task SetPausedAsync(string id, string? reason, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var index = subscriptions.FindIndex(s => s.Id == id);
            if (index >= 0)
            {
                subscriptions[index] = subscriptions[index] with { PausedReason = reason };
            }
        }

        return Task.CompletedTask;
    }
}
