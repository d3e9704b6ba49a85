namespace Monitor.Pipeline.Fetching;

/// <summary>Validators from the previous successful fetch, for a conditional GET.</summary>
/// <param name="ETag">The last <c>ETag</c>, sent as <c>If-None-Match</c>.</param>
/// <param name="LastModified">The last <c>Last-Modified</c>, sent as <c>If-Modified-Since</c>.</param>
public sealed record FetchConditions(string? ETag, string? LastModified)
{
    /// <summary>Gets conditions for a first fetch.</summary>
    public static FetchConditions None { get; } = new(null, null);
}
