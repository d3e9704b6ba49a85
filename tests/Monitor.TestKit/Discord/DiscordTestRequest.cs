namespace Monitor.TestKit.Discord;

/// <summary>One request the Discord test server received, and what it answered.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query as sent (contains the webhook token).</param>
/// <param name="Body">The body text.</param>
/// <param name="UserAgent">The User-Agent header.</param>
/// <param name="Authorization">The Authorization header.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Status">The status answered.</param>
/// <param name="Scope">The X-RateLimit-Scope answered on a 429.</param>
/// <param name="At">When it arrived (server clock).</param>
public sealed record DiscordTestRequest(
    string Method,
    string Path,
    string Body,
    string? UserAgent,
    string? Authorization,
    string? ContentType,
    int Status,
    string? Scope,
    DateTimeOffset At);
