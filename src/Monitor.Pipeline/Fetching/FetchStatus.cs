namespace Monitor.Pipeline.Fetching;

/// <summary>The three outcomes of a fetch.</summary>
public enum FetchStatus
{
    /// <summary>A body arrived.</summary>
    Ok,

    /// <summary>The server answered 304: nothing new.</summary>
    NotModified,

    /// <summary>The fetch failed; see <see cref="FetchResult.FailureKind"/>.</summary>
    Failed,
}
