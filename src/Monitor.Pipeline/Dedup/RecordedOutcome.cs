using Monitor.Domain.Items;

namespace Monitor.Pipeline.Dedup;

/// <summary>What the ledger keeps of an item's fate when it is first recorded: its outcome and the rules that fired.</summary>
/// <param name="Outcome">The item's outcome at its first sighting.</param>
/// <param name="RuleIds">The rules that fired for it (empty unless it alerted).</param>
public sealed record RecordedOutcome(ItemOutcome Outcome, IReadOnlyList<string> RuleIds);
