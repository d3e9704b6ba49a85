namespace Monitor.Pipeline.Stories;

/// <summary>How items are grouped into stories (config section <c>stories:</c>). Every value has a default in <see cref="StoryDefaults"/>.</summary>
/// <param name="Window">How long a story stays open after its first item: a later item can join it only within this time.</param>
/// <param name="NearCopyThreshold">Estimated Jaccard similarity (MinHash over word pairs of title and summary) from which an item is a near-copy.</param>
/// <param name="RewriteThreshold">Weighted overlap of named entities, numbers and matched terms (shared ÷ the smaller side) from which an item is a rewrite.</param>
/// <param name="MinSharedEntities">Named entities and numbers two items must share before overlap counts as a rewrite.</param>
/// <param name="MinTitleWords">Words a title needs before an identical title alone makes two items one story ("Live", "Update" do not).</param>
public sealed record StoryOptions(TimeSpan Window, double NearCopyThreshold, double RewriteThreshold, int MinSharedEntities, int MinTitleWords)
{
    /// <summary>Gets the options used when the config has no <c>stories:</c> section.</summary>
    public static StoryOptions Default { get; } = new(
        StoryDefaults.Window,
        StoryDefaults.NearCopyThreshold,
        StoryDefaults.RewriteThreshold,
        StoryDefaults.MinSharedEntities,
        StoryDefaults.MinTitleWords);
}
