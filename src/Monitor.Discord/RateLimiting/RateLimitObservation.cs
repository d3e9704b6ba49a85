using System.Globalization;
using System.Text.Json;

namespace Monitor.Discord.RateLimiting;

/// <summary>The rate-limit facts of one response (headers and, for a 429, the body).</summary>
public sealed record RateLimitObservation
{
    /// <summary>Gets the HTTP status.</summary>
    public int StatusCode { get; init; }

    /// <summary>Gets <c>X-RateLimit-Limit</c>.</summary>
    public int? Limit { get; init; }

    /// <summary>Gets <c>X-RateLimit-Remaining</c>.</summary>
    public int? Remaining { get; init; }

    /// <summary>Gets <c>X-RateLimit-Reset-After</c>.</summary>
    public TimeSpan? ResetAfter { get; init; }

    /// <summary>Gets <c>X-RateLimit-Bucket</c>.</summary>
    public string? Bucket { get; init; }

    /// <summary>Gets a value indicating whether the 429 is global (header or body).</summary>
    public bool IsGlobal { get; init; }

    /// <summary>Gets <c>X-RateLimit-Scope</c> (<c>user</c>, <c>global</c>, <c>shared</c>).</summary>
    public string? Scope { get; init; }

    /// <summary>Gets the delay a 429 asks for (body <c>retry_after</c>, else the <c>Retry-After</c> header).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets a value indicating whether the response looks like a Cloudflare ban: 429 or 403, no rate-limit headers, an HTML body or JSON code 0.</summary>
    public bool IsBan { get; init; }

    /// <summary>Gets a value indicating whether it is a 429 with scope <c>shared</c> (does not count as invalid).</summary>
    public bool IsShared => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the facts from a response.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="header">Returns a header's first value, or <see langword="null"/>.</param>
    /// <param name="body">The body text.</param>
    public static RateLimitObservation From(int statusCode, Func<string, string?> header, string? body)
    {
        ArgumentNullException.ThrowIfNull(header);
        var bucket = header("X-RateLimit-Bucket");
        var limit = Int(header("X-RateLimit-Limit"));
        var remaining = Int(header("X-RateLimit-Remaining"));
        var resetAfter = Seconds(header("X-RateLimit-Reset-After"));
        var hasHeaders = bucket is not null || limit is not null || remaining is not null || resetAfter is not null || header("X-RateLimit-Scope") is not null;
        var (bodyRetry, bodyGlobal, bodyCode, isJson) = statusCode == 429 || statusCode == 403 ? ReadBody(body) : (null, false, null, true);
        var retryAfter = bodyRetry ?? Seconds(header("Retry-After"));
        var isBan = statusCode is 429 or 403 && !hasHeaders && ((!isJson && !string.IsNullOrWhiteSpace(body)) || bodyCode == 0);
        return new RateLimitObservation
        {
            StatusCode = statusCode,
            Limit = limit,
            Remaining = remaining,
            ResetAfter = resetAfter,
            Bucket = bucket,
            Scope = header("X-RateLimit-Scope"),
            IsGlobal = statusCode == 429 && (bodyGlobal || string.Equals(header("X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)),
            RetryAfter = retryAfter,
            IsBan = isBan,
        };
    }

    private static (TimeSpan? RetryAfter, bool Global, int? Code, bool IsJson) ReadBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return (null, false, null, false);
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            TimeSpan? retry = root.TryGetProperty("retry_after", out var r) && r.ValueKind == JsonValueKind.Number ? TimeSpan.FromSeconds(r.GetDouble()) : null;
            var global = root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            return (retry, global, code, true);
        }
        catch (JsonException)
        {
            return (null, false, null, false);
        }
    }

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? TimeSpan.FromSeconds(value) : null;
}
