namespace Monitor.Pipeline.Stories;

/// <summary>The default story thresholds, in one place (measured on the labelled pairs in the tests, see <c>Stories/Data/story-pairs.json</c>).</summary>
public static class StoryDefaults
{
    /// <summary>A story stays open for 36 hours after its first item.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(36);

    /// <summary>Near-copy from an estimated word-pair Jaccard similarity of 0.5.</summary>
    public const double NearCopyThreshold = 0.5;

    /// <summary>Rewrite from 40% of the smaller side's entities, numbers and terms shared (on the labelled set 0.5 loses recall, 0.3 precision).</summary>
    public const double RewriteThreshold = 0.4;

    /// <summary>A rewrite shares at least two named entities or numbers.</summary>
    public const int MinSharedEntities = 2;

    /// <summary>An identical title alone counts from four words.</summary>
    public const int MinTitleWords = 4;

    /// <summary>Items of a story kept for comparison; later items still join, they are not compared against.</summary>
    public const int MaxComparedItems = 8;

    /// <summary>An entity on more open stories than this is too common to find candidates by (it still counts in the score).</summary>
    public const int MaxPostingsScanned = 512;
}
