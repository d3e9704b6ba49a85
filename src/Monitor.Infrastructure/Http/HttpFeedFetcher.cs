using System.Globalization;
using System.Net;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;

namespace Monitor.Infrastructure.Http;

/// <summary>Fetches feeds over HTTP: conditional GET, per-host concurrency limit, connect and total timeouts, at most
/// <see cref="FeedHttpOptions.MaxRedirects"/> redirects, the body capped on the decompressed stream, every failure sorted into a
/// <see cref="FetchFailureKind"/> with a message that says what to do.</summary>
/// <remarks>
/// Microsoft.Extensions.Http.Resilience's retry and circuit breaker are deliberately not in this client's pipeline: retrying is
/// the scheduler's job (capped back-off with jitter across polls, Retry-After honoured), and a retry inside one poll would
/// multiply the load on a server that is already failing and blur the feed's health record.
/// </remarks>
public sealed partial class HttpFeedFetcher(IHttpClientFactory clients, FeedHttpOptions options, TimeProvider time)
{
    /// <summary>The named HttpClient used for feeds.</summary>
    public const string ClientName = "feeds";

    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private readonly HostConcurrencyLimiter limiter = new(options.PerHostConcurrency);

    /// <summary>Creates the primary handler the named client must use (redirects, decompression, connect timeout).</summary>
    public static SocketsHttpHandler CreateHandler(FeedHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = options.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.PerHostConcurrency,
            UseCookies = false,
        };
    }

    /// <summary>Fetches <paramref name="feed"/>.</summary>
    public async Task<FetchResult> FetchAsync(FeedDefinition feed, FetchConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(conditions);
        var uri = new Uri(feed.Source);
        using var slot = await limiter.AcquireAsync(uri.Authority, cancellationToken);
        using var deadline = new CancellationTokenSource(options.Timeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (conditions.ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", conditions.ETag);
        }

        if (conditions.LastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", conditions.LastModified);
        }

        var phase = "connecting or waiting for the response headers";
        try
        {
            var client = clients.CreateClient(ClientName);
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            phase = "reading the body";
            return await ReadAsync(response, uri, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && !timeout.IsCancellationRequested && ex.InnerException is TimeoutException)
        {
            return FetchResult.Failed(FetchFailureKind.Timeout, $"fetcher: could not connect within {Seconds(options.ConnectTimeout)} s (http.connect_timeout); check that the host is up");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(FetchFailureKind.Timeout, $"fetcher: timed out after {Seconds(options.Timeout)} s while {phase}; the server is slow, hanging or trickling (http.timeout)");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(FetchFailureKind.Network, $"fetcher: {Describe(ex.HttpRequestError)} ({ex.Message}); check the URL and that the server is reachable");
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(FetchFailureKind.Network, $"fetcher: the connection broke or the compressed body is corrupt while {phase} ({ex.Message})");
        }
        catch (InvalidDataException ex)
        {
            return FetchResult.Failed(FetchFailureKind.Network, $"fetcher: the compressed body is corrupt ({ex.Message})");
        }
    }

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "the host name does not resolve",
        HttpRequestError.ConnectionError => "the connection was refused or dropped",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed (certificate or protocol)",
        HttpRequestError.InvalidResponse => "the server sent an invalid HTTP response",
        HttpRequestError.ResponseEnded => "the server closed the connection early",
        HttpRequestError.ConfigurationLimitExceeded => "the response headers are too large",
        _ => "the request failed",
    };

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
