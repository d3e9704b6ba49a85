namespace Monitor.Domain.Items;

/// <summary>The wire names of <see cref="ItemOutcome"/> (snake_case, as in <c>--json</c> and the logs) and their words for people.</summary>
public static class ItemOutcomeNames
{
    /// <summary>Returns the wire name, e.g. <c>no_rule_matched</c>.</summary>
    public static string Of(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.Alerted => "alerted",
        ItemOutcome.NoRuleMatched => "no_rule_matched",
        ItemOutcome.Unchanged => "unchanged",
        ItemOutcome.Edited => "edited",
        ItemOutcome.BackfillSkipped => "backfill_skipped",
        ItemOutcome.TooOld => "too_old",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "an outcome without a name"),
    };

    /// <summary>Returns the words for people, e.g. <c>no rule matched</c>.</summary>
    public static string Words(ItemOutcome outcome) => Of(outcome).Replace('_', ' ');

    /// <summary>Parses a wire name; <see langword="null"/> when it is none.</summary>
    public static ItemOutcome? Parse(string name) =>
        Enum.GetValues<ItemOutcome>().Cast<ItemOutcome?>().FirstOrDefault(o => string.Equals(Of(o!.Value), name, StringComparison.Ordinal));
}
