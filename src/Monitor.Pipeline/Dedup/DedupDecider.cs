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
    /// <param name="retention">How long the ledger keeps items.</param>
    /// <param name="now">The poll time.</param>
    /// <returns>The reason; <see cref="Alerts"/> and <see cref="Records"/> say what follows from it.</returns>
    public static DedupReason Decide(FeedItem item, SeenItem? seen, bool firstPoll, BackfillPolicy backfill, TimeSpan retention, DateTimeOffset now)
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
            return backfill.Mode switch
            {
                BackfillMode.None => DedupReason.BackfillNone,
                BackfillMode.All => DedupReason.New,

                // An undated item carries its first-seen time: it cannot show it is recent, so the first poll does not alert it.
                _ => item.HasPublishedDate && item.Published >= now - backfill.Window ? DedupReason.New : DedupReason.OutsideBackfillWindow,
            };
        }

        // The ledger forgets items after the retention period; one still in the feed must not alert a second time.
        return item.HasPublishedDate && item.Published < now - retention ? DedupReason.OlderThanRetention : DedupReason.New;
    }

    /// <summary>Returns whether an item with this decision goes on to matching (and may alert).</summary>
    public static bool Alerts(DedupReason reason) => reason == DedupReason.New;

    /// <summary>Returns whether an item with this decision is written to the ledger as newly seen.</summary>
    public static bool Records(DedupReason reason) =>
        reason is DedupReason.New or DedupReason.BackfillNone or DedupReason.OutsideBackfillWindow or DedupReason.OlderThanRetention;
}
