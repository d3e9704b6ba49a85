using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Polling;

namespace Monitor.Pipeline.Tests.Polling;

public sealed class ItemOutcomeDeciderTests
{
    [Theory]
    [InlineData(DedupReason.New, 2, ItemOutcome.Alerted)]
    [InlineData(DedupReason.New, 1, ItemOutcome.Alerted)]
    [InlineData(DedupReason.New, 0, ItemOutcome.NoRuleMatched)]
    [InlineData(DedupReason.Unchanged, 0, ItemOutcome.Unchanged)]
    [InlineData(DedupReason.Changed, 0, ItemOutcome.Edited)]
    [InlineData(DedupReason.BackfillNone, 0, ItemOutcome.BackfillSkipped)]
    [InlineData(DedupReason.OutsideBackfillWindow, 0, ItemOutcome.BackfillSkipped)]
    [InlineData(DedupReason.TooOld, 0, ItemOutcome.TooOld)]
    public void Decide_ReasonAndAlerts_GivesTheOneOutcome(DedupReason reason, int alerts, ItemOutcome expected) =>
        Assert.Equal(expected, ItemOutcomeDecider.Decide(reason, alerts));

    [Fact]
    public void Decide_EveryLedgerDecision_HasAnOutcome()
    {
        foreach (var reason in Enum.GetValues<DedupReason>())
        {
            _ = ItemOutcomeDecider.Decide(reason, 0);
        }

        Assert.Equal(ItemOutcome.TooOld, ItemOutcomeDecider.Decide(DedupReason.TooOld, 0));
    }
}
