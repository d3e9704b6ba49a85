using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Normalizing;

namespace Monitor.Pipeline.Ingestion;

/// <summary>The outcome of fetching and reading one feed: its items, "not modified", or a classified failure. Failures are values.</summary>
/// <param name="Fetch">The fetch (validators, cache lifetime, Retry-After, status code).</param>
/// <param name="Feed">The parsed document and its normalised items; <see langword="null"/> unless <see cref="Status"/> is <see cref="FetchStatus.Ok"/>.</param>
/// <param name="FailureKind">Why it failed (fetching or parsing), when it failed.</param>
/// <param name="Error">A specific message that says what to do, when it failed. Never contains secrets.</param>
public sealed record IngestionResult(FetchResult Fetch, IngestedFeed? Feed, FetchFailureKind? FailureKind, string? Error)
{
    /// <summary>Gets the outcome: <see cref="FetchStatus.Ok"/> with <see cref="Feed"/>, <see cref="FetchStatus.NotModified"/>, or <see cref="FetchStatus.Failed"/>.</summary>
    public FetchStatus Status => FailureKind is not null ? FetchStatus.Failed : Fetch.Status;
}
