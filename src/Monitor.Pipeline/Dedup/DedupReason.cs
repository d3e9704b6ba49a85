namespace Monitor.Pipeline.Dedup;

/// <summary>Why the ledger decided what it did about one item of a poll (logged, and asserted by tests).</summary>
public enum DedupReason
{
    /// <summary>Never seen before: record it and match it.</summary>
    New,

    /// <summary>Seen before with the same title and summary: nothing to do.</summary>
    Unchanged,

    /// <summary>Seen before, but its title or summary changed: record the change (for a later message edit), do not alert again.</summary>
    Changed,

    /// <summary>The feed's first poll with <c>backfill: none</c>: record it, do not alert.</summary>
    BackfillNone,

    /// <summary>The feed's first poll and the item was published before the backfill window (or carries no date): record it, do not alert.</summary>
    OutsideBackfillWindow,

    /// <summary>Not in the ledger, but published longer ago than the feed's explicit <c>max_age</c>: record it, do not alert.</summary>
    TooOld,
}
