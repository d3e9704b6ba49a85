using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;

namespace Monitor.Infrastructure.Http;

/// <summary>The <see cref="IFeedFetcher"/> the host uses: http(s) sources over HTTP, everything else from disk.</summary>
public sealed class FeedFetcher(HttpFeedFetcher http, FileFeedFetcher file) : IFeedFetcher
{
    /// <inheritdoc/>
    public Task<FetchResult> FetchAsync(FeedDefinition feed, FetchConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.IsHttp ? http.FetchAsync(feed, conditions, cancellationToken) : file.FetchAsync(feed, cancellationToken);
    }
}
