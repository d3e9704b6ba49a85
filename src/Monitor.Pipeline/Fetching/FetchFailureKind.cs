namespace Monitor.Pipeline.Fetching;

/// <summary>Why a fetch failed. Every feed failure is sorted into one kind, in one place.</summary>
public enum FetchFailureKind
{
    /// <summary>DNS, connection refused or reset, TLS.</summary>
    Network,

    /// <summary>The connect or total timeout elapsed.</summary>
    Timeout,

    /// <summary>HTTP 404.</summary>
    NotFound,

    /// <summary>HTTP 410: the publisher removed the feed.</summary>
    Gone,

    /// <summary>HTTP 401 or 403.</summary>
    Forbidden,

    /// <summary>HTTP 429 (Retry-After is honoured).</summary>
    RateLimited,

    /// <summary>HTTP 5xx.</summary>
    ServerError,

    /// <summary>Another unexpected HTTP status.</summary>
    HttpStatus,

    /// <summary>Too many redirects, or a redirect loop.</summary>
    TooManyRedirects,

    /// <summary>The body exceeded the size cap.</summary>
    TooLarge,

    /// <summary>The body was empty.</summary>
    EmptyBody,

    /// <summary>The body is an HTML page, not a feed.</summary>
    NotAFeed,

    /// <summary>The body could not be parsed as a feed.</summary>
    ParseError,

    /// <summary>A local file could not be read.</summary>
    FileError,
}
