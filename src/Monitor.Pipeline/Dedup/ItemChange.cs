namespace Monitor.Pipeline.Dedup;

/// <summary>A seen item whose title or summary changed: recorded so the Discord message can later be edited instead of posting again.</summary>
/// <param name="FeedId">The feed.</param>
/// <param name="ItemKey">The item's key.</param>
/// <param name="OldHash">Content hash before.</param>
/// <param name="NewHash">Content hash after.</param>
/// <param name="Title">The new title.</param>
/// <param name="Summary">The new summary.</param>
/// <param name="DetectedAt">When the change was seen.</param>
public sealed record ItemChange(string FeedId, string ItemKey, string OldHash, string NewHash, string Title, string Summary, DateTimeOffset DetectedAt);
