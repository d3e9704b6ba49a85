namespace Monitor.Domain.Items;

/// <summary>
/// How one item of one poll ended. Every item of every poll ends with exactly one outcome, so nothing disappears in
/// silence: <c>run --once</c> counts them per feed, <c>run</c> logs them, and <c>monitor why</c> shows an item's.
/// The wire names (<see cref="ItemOutcomeNames"/>) are a contract: scripts read them from <c>--json</c>.
/// </summary>
public enum ItemOutcome
{
    /// <summary>Not seen before, matched at least one rule, and alerted (<c>alerted</c>).</summary>
    Alerted,

    /// <summary>Not seen before, and no rule matched (<c>no_rule_matched</c>).</summary>
    NoRuleMatched,

    /// <summary>Seen before with the same title and summary (<c>unchanged</c>).</summary>
    Unchanged,

    /// <summary>Seen before, but its title or summary changed since (<c>edited</c>).</summary>
    Edited,

    /// <summary>Present at the feed's first poll and outside its <c>backfill</c> policy: recorded, not alerted (<c>backfill_skipped</c>).</summary>
    BackfillSkipped,

    /// <summary>Not seen before, but published longer ago than the feed's <c>max_age</c>: recorded, not alerted (<c>too_old</c>).</summary>
    TooOld,
}
