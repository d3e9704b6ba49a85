namespace Monitor.Pipeline.Fetching;

/// <summary>The outcome of one fetch: a body, "not modified", or a classified failure. Expected failures are values, not exceptions.</summary>
public sealed record FetchResult
{
    private FetchResult()
    {
    }

    /// <summary>Gets the outcome.</summary>
    public FetchStatus Status { get; private init; }

    /// <summary>Gets the raw (decompressed) body; empty unless <see cref="Status"/> is <see cref="FetchStatus.Ok"/>.</summary>
    public ReadOnlyMemory<byte> Body { get; private init; }

    /// <summary>Gets the response's Content-Type header (with charset), when known.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the URL the body came from after redirects (the base for relative links), when known.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>Gets the new <c>ETag</c> validator.</summary>
    public string? ETag { get; init; }

    /// <summary>Gets the new <c>Last-Modified</c> validator.</summary>
    public string? LastModified { get; init; }

    /// <summary>Gets how long the server says the response stays fresh (Cache-Control max-age or Expires).</summary>
    public TimeSpan? CacheLifetime { get; init; }

    /// <summary>Gets the Retry-After delay on 429/503.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets the HTTP status code, when there was a response.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the failure kind when <see cref="Status"/> is <see cref="FetchStatus.Failed"/>.</summary>
    public FetchFailureKind? FailureKind { get; private init; }

    /// <summary>Gets a specific, human-readable failure message that says what to do. Never contains secrets.</summary>
    public string? Error { get; private init; }

    /// <summary>Creates a successful result.</summary>
    public static FetchResult Ok(ReadOnlyMemory<byte> body) => new() { Status = FetchStatus.Ok, Body = body };

    /// <summary>Creates a "not modified" result (HTTP 304).</summary>
    public static FetchResult NotModified() => new() { Status = FetchStatus.NotModified, StatusCode = 304 };

    /// <summary>Creates a failure.</summary>
    public static FetchResult Failed(FetchFailureKind kind, string error) =>
        new() { Status = FetchStatus.Failed, FailureKind = kind, Error = error };
}
