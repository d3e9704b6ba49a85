namespace Monitor.Pipeline.Parsing;

/// <summary>A parsed feed document.</summary>
/// <param name="Title">The feed's title.</param>
/// <param name="Items">Its entries, in document order.</param>
public sealed record ParsedFeed(string? Title, IReadOnlyList<ParsedItem> Items)
{
    /// <summary>Gets the RSS <c>&lt;ttl&gt;</c> in minutes, when present.</summary>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary>Gets a value indicating whether the document needed repair (entities, stray ampersands, illegal characters, broken entries).</summary>
    public bool Repaired { get; init; }

    /// <summary>Gets the number of broken entries that were dropped while salvaging the rest.</summary>
    public int SkippedEntries { get; init; }
}
