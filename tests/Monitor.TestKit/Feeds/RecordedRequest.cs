namespace Monitor.TestKit.Feeds;

/// <summary>A request the <see cref="FeedTestServer"/> received.</summary>
/// <param name="Path">The request path.</param>
/// <param name="Headers">The request headers (case-insensitive names).</param>
public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers);
