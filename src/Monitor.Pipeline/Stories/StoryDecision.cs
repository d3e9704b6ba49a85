namespace Monitor.Pipeline.Stories;

/// <summary>The story an item belongs to, and why.</summary>
/// <param name="Reason">Why: a new story, or the evidence it joined by.</param>
/// <param name="Story">The story: the matched one, or for <see cref="StoryReason.NewStory"/> the one the item starts.</param>
/// <param name="Score">The evidence's strength from 0 to 1 (1 for a same link or title); for a new story the closest story's score, for explanations.</param>
public sealed record StoryDecision(StoryReason Reason, StoryId Story, double Score)
{
    /// <summary>Gets a value indicating whether the item starts a story (and alerts); otherwise it joins <see cref="Story"/>.</summary>
    public bool IsNew => Reason == StoryReason.NewStory;
}
