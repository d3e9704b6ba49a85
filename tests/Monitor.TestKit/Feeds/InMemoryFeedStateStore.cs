using System.Collections.Concurrent;
using Monitor.Pipeline.State;

namespace Monitor.TestKit.Feeds;

/// <summary>An <see cref="IFeedStateStore"/> in memory.</summary>
public sealed class InMemoryFeedStateStore : IFeedStateStore
{
    private readonly ConcurrentDictionary<string, FeedState> states = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken) =>
        Task.FromResult(states.TryGetValue(feedId, out var s) ? s : new FeedState(feedId));

    /// <inheritdoc/>
    public Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedState>>(states.Values.OrderBy(s => s.FeedId, StringComparer.Ordinal).ToList());

    /// <inheritdoc/>
    public Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        states[state.FeedId] = state;
        return Task.CompletedTask;
    }
}
