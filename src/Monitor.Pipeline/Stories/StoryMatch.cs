namespace Monitor.Pipeline.Stories;

/// <summary>How one item compares to one earlier item: the strongest evidence that they tell the same story, and its score.</summary>
/// <param name="Reason">The evidence, or <see cref="StoryReason.NewStory"/> when there is not enough.</param>
/// <param name="Score">From 0 to 1; for <see cref="StoryReason.NewStory"/> the best partial score (for explanations).</param>
internal readonly record struct StoryMatch(StoryReason Reason, double Score)
{
    /// <summary>Gets a value indicating whether the evidence is enough for one story.</summary>
    public bool IsSame => Reason != StoryReason.NewStory;

    /// <summary>Orders matches: the stronger kind of evidence first (link, title, near-copy, rewrite), then the higher score.</summary>
    public bool IsBetterThan(StoryMatch other) =>
        IsSame != other.IsSame ? IsSame
        : Reason != other.Reason && IsSame ? Reason < other.Reason
        : Score > other.Score;
}
