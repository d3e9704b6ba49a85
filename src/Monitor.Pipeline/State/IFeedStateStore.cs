namespace Monitor.Pipeline.State;

/// <summary>Port: persisted per-feed state.</summary>
public interface IFeedStateStore
{
    /// <summary>Returns the state of <paramref name="feedId"/>, or a fresh one.</summary>
    Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken);

    /// <summary>Returns the state of every feed that has any.</summary>
    Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Saves <paramref name="state"/>.</summary>
    Task SaveAsync(FeedState state, CancellationToken cancellationToken);
}
