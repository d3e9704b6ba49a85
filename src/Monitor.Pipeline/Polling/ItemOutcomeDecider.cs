using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;

namespace Monitor.Pipeline.Polling;

/// <summary>The one outcome of an item of a poll, from the ledger's decision and what matching made of it. Pure.</summary>
public static class ItemOutcomeDecider
{
    /// <summary>Decides the outcome.</summary>
    /// <param name="reason">The ledger's decision (<see cref="DedupDecider"/>).</param>
    /// <param name="alertCount">Alerts the item produced (0 when it was not matched).</param>
    public static ItemOutcome Decide(DedupReason reason, int alertCount) => reason switch
    {
        DedupReason.New => alertCount > 0 ? ItemOutcome.Alerted : ItemOutcome.NoRuleMatched,
        DedupReason.Unchanged => ItemOutcome.Unchanged,
        DedupReason.Changed => ItemOutcome.Edited,
        DedupReason.BackfillNone or DedupReason.OutsideBackfillWindow => ItemOutcome.BackfillSkipped,
        DedupReason.TooOld => ItemOutcome.TooOld,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "a ledger decision without an outcome"),
    };
}
