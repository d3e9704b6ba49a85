using Monitor.Infrastructure.Http;
using Monitor.Pipeline.Fetching;

namespace Monitor.Infrastructure.Tests.Http;

/// <summary>An <see cref="IHttpClientFactory"/> over the production handler settings, for tests.</summary>
internal sealed class FeedClientFactory(FeedHttpOptions options) : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler handler = HttpFeedFetcher.CreateHandler(options);

    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);

    public void Dispose() => handler.Dispose();
}
