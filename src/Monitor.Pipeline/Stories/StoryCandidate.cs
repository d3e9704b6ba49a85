namespace Monitor.Pipeline.Stories;

/// <summary>An open story an item may join: its id, when its first item was seen, and the items it is compared by.</summary>
/// <param name="Id">The story.</param>
/// <param name="Started">When its first item was seen; the story is open until <c>Started + Window</c>.</param>
/// <param name="Items">Its items' fingerprints (at most <see cref="StoryDefaults.MaxComparedItems"/>).</param>
internal sealed record StoryCandidate(StoryId Id, DateTimeOffset Started, IReadOnlyList<StoryFingerprint> Items);
