namespace Monitor.Pipeline.Stories;

/// <summary>Why an item starts a story or joins one (logged, stored with the item and asserted by tests).</summary>
public enum StoryReason
{
    /// <summary>No open story is close enough: the item starts a story (and alerts as usual).</summary>
    NewStory,

    /// <summary>Another item of the story has the same canonical link.</summary>
    SameLink,

    /// <summary>Another item of the story has the same title (folded, at least <see cref="StoryOptions.MinTitleWords"/> words).</summary>
    SameTitle,

    /// <summary>Title and summary are a near-copy of another item of the story (MinHash similarity at or above the threshold).</summary>
    NearCopy,

    /// <summary>Worded differently, but about the same named entities, numbers and matched terms.</summary>
    Rewrite,
}
