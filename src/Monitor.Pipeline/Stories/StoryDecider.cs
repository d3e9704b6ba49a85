namespace Monitor.Pipeline.Stories;

/// <summary>
/// Decides the story of one item among candidate stories. Pure: the candidates, the options and <c>now</c> are passed in.
/// A story is a candidate only while it is open (<c>now - Started ≤ Window</c>); the item joins the open story whose closest
/// item gives the strongest evidence (<see cref="StoryMatch.IsBetterThan"/>), ties going to the earlier story, else it
/// starts a story named after itself. <see cref="StoryIndex"/> narrows the candidates; a linear scan passes them all.
/// </summary>
internal static class StoryDecider
{
    public static StoryDecision Decide(StoryFingerprint item, IEnumerable<StoryCandidate> candidates, DateTimeOffset now, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        StoryCandidate? best = null;
        var bestMatch = new StoryMatch(StoryReason.NewStory, 0);
        foreach (var candidate in candidates)
        {
            if (!IsOpen(candidate.Started, now, options.Window))
            {
                continue;
            }

            var match = BestOf(item, candidate, options);
            if (best is null || match.IsBetterThan(bestMatch) || (!bestMatch.IsBetterThan(match) && IsEarlier(candidate, best)))
            {
                (best, bestMatch) = (candidate, match);
            }
        }

        return best is not null && bestMatch.IsSame
            ? new StoryDecision(bestMatch.Reason, best.Id, bestMatch.Score)
            : new StoryDecision(StoryReason.NewStory, new StoryId(item.ItemId), bestMatch.Score);
    }

    /// <summary>Returns whether a story started at <paramref name="started"/> is still open at <paramref name="now"/>.</summary>
    public static bool IsOpen(DateTimeOffset started, DateTimeOffset now, TimeSpan window) => now - started <= window && started - now <= window;

    /// <summary>The strongest evidence between the item and any of the story's items.</summary>
    public static StoryMatch BestOf(StoryFingerprint item, StoryCandidate story, StoryOptions options)
    {
        var best = new StoryMatch(StoryReason.NewStory, 0);
        foreach (var other in story.Items)
        {
            var match = StoryScorer.Compare(item, other, options);
            if (match.IsBetterThan(best))
            {
                best = match;
            }
        }

        return best;
    }

    private static bool IsEarlier(StoryCandidate a, StoryCandidate b) =>
        a.Started != b.Started ? a.Started < b.Started : string.CompareOrdinal(a.Id.Value, b.Id.Value) < 0;
}
