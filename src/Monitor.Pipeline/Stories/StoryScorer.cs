namespace Monitor.Pipeline.Stories;

/// <summary>
/// Compares two items. Pure. In order: the same canonical link; the same title (folded, long enough); a near-copy (MinHash
/// similarity of word pairs); a rewrite (weighted overlap of entities, numbers and matched terms). The window is not
/// checked here but in <see cref="StoryDecider"/>.
/// </summary>
/// <remarks>
/// Rewrite overlap: each shared entity weighs 1 when either side is certain of it, else ½; each shared matched term weighs
/// <see cref="TermWeight"/>. The sum is divided by the smaller side's own total (so a short wire item inside a long report
/// still counts), and it counts only with at least <see cref="StoryOptions.MinSharedEntities"/> shared entities, one of
/// them certain: two attacks that share only the word "aanslag" and a weekday are not one story.
/// </remarks>
internal static class StoryScorer
{
    /// <summary>Weight of a shared matched term: it says the topic agrees, not the event.</summary>
    public const double TermWeight = 0.25;

    private const double UncertainWeight = 0.5;

    public static StoryMatch Compare(StoryFingerprint item, StoryFingerprint other, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(options);
        if (item.LinkKey is not null && string.Equals(item.LinkKey, other.LinkKey, StringComparison.Ordinal))
        {
            return new StoryMatch(StoryReason.SameLink, 1);
        }

        if (item.TitleKey != 0 && item.TitleKey == other.TitleKey && item.TitleWords >= options.MinTitleWords)
        {
            return new StoryMatch(StoryReason.SameTitle, 1);
        }

        var similarity = MinHash.Similarity(item.Signature, other.Signature);
        if (similarity >= options.NearCopyThreshold)
        {
            return new StoryMatch(StoryReason.NearCopy, similarity);
        }

        var overlap = Overlap(item, other, options.MinSharedEntities);
        return overlap >= options.RewriteThreshold
            ? new StoryMatch(StoryReason.Rewrite, overlap)
            : new StoryMatch(StoryReason.NewStory, Math.Max(similarity, overlap));
    }

    /// <summary>The rewrite overlap (see the remarks), or 0 when too few entities are shared.</summary>
    internal static double Overlap(StoryFingerprint a, StoryFingerprint b, int minShared)
    {
        double shared = 0;
        int sharedCount = 0, sharedStrong = 0;
        var ea = a.Entities;
        var eb = b.Entities;
        int i = 0, j = 0;
        while (i < ea.Length && j < eb.Length)
        {
            ulong ka = StoryFeatures.Key(ea[i]), kb = StoryFeatures.Key(eb[j]);
            if (ka < kb)
            {
                i++;
            }
            else if (ka > kb)
            {
                j++;
            }
            else
            {
                var strong = StoryFeatures.IsStrong(ea[i]) || StoryFeatures.IsStrong(eb[j]);
                shared += strong ? 1 : UncertainWeight;
                sharedCount++;
                sharedStrong += strong ? 1 : 0;
                i++;
                j++;
            }
        }

        if (sharedCount < minShared || sharedStrong == 0)
        {
            return 0;
        }

        shared += TermWeight * CountShared(a.Terms, b.Terms);
        var smaller = Math.Min(Total(a), Total(b));
        return smaller <= 0 ? 0 : Math.Min(1, shared / smaller);
    }

    private static double Total(StoryFingerprint f)
    {
        double total = TermWeight * f.Terms.Length;
        foreach (var e in f.Entities)
        {
            total += StoryFeatures.IsStrong(e) ? 1 : UncertainWeight;
        }

        return total;
    }

    private static int CountShared(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                n++;
                i++;
                j++;
            }
        }

        return n;
    }
}
