using Monitor.Infrastructure.Http;
using Monitor.Pipeline.Fetching;

namespace Monitor.Infrastructure.Tests.Http;

/// <summary>An <see cref="IHttpClientFactory"/> over the production handler settings, for tests; <paramref name="outer"/> (optional) wraps the handler.</summary>
internal sealed class FeedClientFactory : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler handler;
    private readonly DelegatingHandler? outer;

    public FeedClientFactory(FeedHttpOptions options, DelegatingHandler? outer = null)
    {
        handler = HttpFeedFetcher.CreateHandler(options);
        this.outer = outer;
        if (outer is not null)
        {
            outer.InnerHandler = handler;
        }
    }

    public HttpClient CreateClient(string name) => new((HttpMessageHandler?)outer ?? handler, disposeHandler: false);

    public void Dispose()
    {
        outer?.Dispose();
        handler.Dispose();
    }
}
