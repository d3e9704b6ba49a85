using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Monitor.Pipeline.Fetching;

namespace Monitor.Infrastructure.Http;

/// <summary>Interpreting the response: status, validators, freshness hints, Retry-After, Content-Location and the capped body.</summary>
public sealed partial class HttpFeedFetcher
{
    private async Task<FetchResult> ReadAsync(HttpResponseMessage response, Uri requested, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var finalUri = response.RequestMessage?.RequestUri ?? requested;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return FetchResult.NotModified() with { CacheLifetime = CacheLifetime(response), ETag = ETag(response), LastModified = LastModified(response) };
        }

        if (status is >= 300 and < 400)
        {
            var target = response.Headers.Location is { } location ? UrlRedaction.Redact(location.ToString()) : "(no Location header)"; // a signed target carries its key in the query
            return FetchResult.Failed(FetchFailureKind.TooManyRedirects, $"fetcher: HTTP {status} redirect to {target} not followed: more than {options.MaxRedirects} redirects, a loop, or a switch from https to http; use the final URL as the feed url") with { StatusCode = status };
        }

        if (!response.IsSuccessStatusCode)
        {
            return Failure(response, status);
        }

        var declared = response.Content.Headers.ContentLength;
        var compressed = response.Content.Headers.ContentEncoding.Count > 0;
        if (declared is { } length && length > options.MaxBodyBytes && !compressed)
        {
            return TooLarge($"the server announces {length} bytes");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream(declared is { } d && d <= options.MaxBodyBytes ? (int)d : 64 * 1024);
        var chunk = new byte[32 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxBodyBytes)
            {
                return TooLarge("the (decompressed) body is larger");
            }

            buffer.Write(chunk, 0, read);
        }

        return FetchResult.Ok(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)) with
        {
            StatusCode = status,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            BaseUri = ContentLocation(response, finalUri),
            ETag = ETag(response),
            LastModified = LastModified(response),
            CacheLifetime = CacheLifetime(response),
        };
    }

    private FetchResult Failure(HttpResponseMessage response, int status)
    {
        var (kind, advice) = status switch
        {
            404 => (FetchFailureKind.NotFound, "the feed URL does not exist (any more); find the new URL on the site"),
            410 => (FetchFailureKind.Gone, "the publisher removed this feed for good; find a replacement or remove the feed"),
            401 or 403 => (FetchFailureKind.Forbidden, "the server refuses us; the feed may need a login or block bots"),
            429 => (FetchFailureKind.RateLimited, "the server rate-limits us; polling slows down as asked (Retry-After)"),
            >= 500 => (FetchFailureKind.ServerError, "the publisher's server has a problem; Monitor keeps retrying with back-off"),
            _ => (FetchFailureKind.HttpStatus, "unexpected status; check the URL in a browser"),
        };
        var retryAfter = status is 429 or 503 ? RetryAfter(response) : null;
        var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? string.Empty : " " + response.ReasonPhrase;
        var asked = retryAfter is { } r ? string.Create(CultureInfo.InvariantCulture, $" (Retry-After {(long)r.TotalSeconds} s)") : string.Empty;
        return FetchResult.Failed(kind, $"fetcher: HTTP {status}{reason}{asked}: {advice}") with { StatusCode = status, RetryAfter = retryAfter };
    }

    private FetchResult TooLarge(string what) =>
        FetchResult.Failed(FetchFailureKind.TooLarge, $"fetcher: {what} than the {options.MaxBodyBytes}-byte cap (http.max_body); a feed that size is unusual — check the URL, raise the cap only if it is genuine");

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? time.GetUtcNow());
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>How long the response stays fresh: Cache-Control max-age, else Expires minus Date; null for no-cache/no-store.</summary>
    private TimeSpan? CacheLifetime(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl;
        if (cache is { NoCache: true } or { NoStore: true })
        {
            return null;
        }

        if (cache?.MaxAge is { } maxAge)
        {
            return maxAge;
        }

        if (response.Content.Headers.Expires is { } expires)
        {
            var lifetime = expires - (response.Headers.Date ?? time.GetUtcNow());
            return lifetime > TimeSpan.Zero ? lifetime : null;
        }

        return null;
    }

    private static Uri ContentLocation(HttpResponseMessage response, Uri finalUri)
    {
        var location = response.Content.Headers.ContentLocation;
        if (location is null)
        {
            return finalUri;
        }

        return location.IsAbsoluteUri ? location : new Uri(finalUri, location);
    }

    private static string? ETag(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    private static string? LastModified(HttpResponseMessage response) =>
        response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
}
