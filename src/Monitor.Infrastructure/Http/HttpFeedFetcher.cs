using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;

namespace Monitor.Infrastructure.Http;

/// <summary>Fetches feeds over HTTP: conditional GET, timeout, status code checked, body size capped on the decompressed stream.</summary>
public sealed class HttpFeedFetcher(IHttpClientFactory clients, FeedHttpOptions options)
{
    /// <summary>The named HttpClient used for feeds.</summary>
    public const string ClientName = "feeds";

    /// <summary>Fetches <paramref name="feed"/>.</summary>
    public async Task<FetchResult> FetchAsync(FeedDefinition feed, FetchConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(conditions);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, feed.Source);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (conditions.ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", conditions.ETag);
        }

        if (conditions.LastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", conditions.LastModified);
        }

        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return await ReadAsync(response, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(FetchFailureKind.Timeout, $"fetcher: no complete answer within {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; the server is slow or hanging");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(FetchFailureKind.Network, $"fetcher: {ex.HttpRequestError} ({ex.Message}); check the host name and that the server is reachable");
        }
    }

    private async Task<FetchResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return FetchResult.NotModified();
        }

        if (!response.IsSuccessStatusCode)
        {
            var kind = status switch
            {
                404 => FetchFailureKind.NotFound,
                410 => FetchFailureKind.Gone,
                401 or 403 => FetchFailureKind.Forbidden,
                429 => FetchFailureKind.RateLimited,
                >= 500 => FetchFailureKind.ServerError,
                _ => FetchFailureKind.HttpStatus,
            };
            return FetchResult.Failed(kind, $"fetcher: HTTP {status} {response.ReasonPhrase}") with { StatusCode = status, RetryAfter = RetryAfter(response.Headers.RetryAfter) };
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxBodyBytes)
            {
                return FetchResult.Failed(FetchFailureKind.TooLarge, $"fetcher: body exceeds the {options.MaxBodyBytes}-byte cap; raise the cap only if the feed is genuinely that large");
            }

            buffer.Write(chunk, 0, read);
        }

        return FetchResult.Ok(buffer.ToArray()) with
        {
            StatusCode = status,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            BaseUri = response.RequestMessage?.RequestUri,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
            CacheLifetime = response.Headers.CacheControl?.MaxAge,
        };
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header?.Delta;
}
