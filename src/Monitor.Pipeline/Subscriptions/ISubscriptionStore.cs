using Monitor.Domain.Subscriptions;

namespace Monitor.Pipeline.Subscriptions;

/// <summary>The durable home of subscriptions made in Discord (SQLite, PostgreSQL, and the in-memory test store).</summary>
public interface ISubscriptionStore
{
    /// <summary>Stores a new subscription.</summary>
    Task AddAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes a subscription; when <paramref name="ownerId"/> is given, only if that user owns it.</summary>
    /// <returns><see langword="true"/> when a subscription was removed.</returns>
    Task<bool> RemoveAsync(string id, string? ownerId, CancellationToken cancellationToken);

    /// <summary>Lists subscriptions, oldest first: every one, or those of one owner.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(string? ownerId, CancellationToken cancellationToken);

    /// <summary>Snoozes every subscription of <paramref name="ownerId"/> until <paramref name="until"/> (<see langword="null"/> unmutes).</summary>
    Task MuteAsync(string ownerId, DateTimeOffset? until, CancellationToken cancellationToken);

    /// <summary>Pauses (reason given) or resumes (<see langword="null"/>) one subscription.</summary>
    Task SetPausedAsync(string id, string? reason, CancellationToken cancellationToken);
}
