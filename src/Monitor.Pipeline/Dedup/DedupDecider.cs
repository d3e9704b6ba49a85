using Monitor.Domain.Feeds;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Dedup;

/// <summary>The ledger's decision for one item of a poll. Pure: everything it needs is passed in, including <c>now</c>.</summary>
public static class DedupDecider
{
    /// <summary>Decides what to do with <paramref name="item"/>.</summary>
    /// <param name="item">The normalised item.</param>
    /// <param name="seen">What the ledger remembers of it, or <see langword="null"/> when it is not in the ledger.</param>
    /// <param name="firstPoll">Whether this is the feed's first successful poll (backfill applies).</param>
    /// <param name="backfill">The feed's backfill policy.</param>
    /// <param name="maxAge">The feed's explicit age limit (<c>max_age</c>), or <see langword="null"/> when it has none (the default).</param>
    /// <param name="now">The poll time.</param>
    /// <returns>The reason; <see cref="Alerts"/> and <see cref="Records"/> say what follows from it.</returns>
    public static DedupReason Decide(FeedItem item, SeenItem? seen, bool firstPoll, BackfillPolicy backfill, TimeSpan? maxAge, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(backfill);
        if (seen is not null)
        {
            // Same key: an edit shows up as a different hash of what a reader sees (title, summary).
            return string.Equals(seen.ContentHash, ContentHash.Of(item), StringComparison.Ordinal) ? DedupReason.Unchanged : DedupReason.Changed;
        }

        if (firstPoll)
        {
            var backfilled = backfill.Mode switch
            {
                BackfillMode.None => DedupReason.BackfillNone,
                BackfillMode.All => DedupReason.New,

                // An undated item carries its first-seen time: it cannot show it is recent, so the first poll does not alert it.
                _ => item.HasPublishedDate && item.Published >= now - backfill.Window ? DedupReason.New : DedupReason.OutsideBackfillWindow,
            };
            if (backfilled != DedupReason.New)
            {
                return backfilled;
            }
        }

        // An item not in the ledger is new whatever its date: the ledger forgets only what has left the feed, so a stale
        // or wrong date (CMS exports, republished archives, a wrong year) must not lose the alert. Only an explicit
        // max_age holds old items back, and then visibly.
        return maxAge is { } limit && item.HasPublishedDate && item.Published < now - limit ? DedupReason.TooOld : DedupReason.New;
    }

    /// <summary>Returns whether an item with this decision goes on to matching (and may alert).</summary>
    public static bool Alerts(DedupReason reason) => reason == DedupReason.New;

    /// <summary>Returns whether an item with this decision is written to the ledger as newly seen.</summary>
    public static bool Records(DedupReason reason) =>
        reason is DedupReason.New or DedupReason.BackfillNone or DedupReason.OutsideBackfillWindow or DedupReason.TooOld;
}
