using Monitor.Domain.Feeds;

namespace Monitor.Pipeline.Fetching;

/// <summary>Port: fetches a feed's bytes over HTTP or from a local file.</summary>
public interface IFeedFetcher
{
    /// <summary>Fetches <paramref name="feed"/>. Never throws for an expected failure (network, status, size): returns <see cref="FetchStatus.Failed"/>.</summary>
    Task<FetchResult> FetchAsync(FeedDefinition feed, FetchConditions conditions, CancellationToken cancellationToken);
}
