using Monitor.Domain.Items;
using Monitor.Pipeline.Polling;

namespace Monitor.Pipeline.Tests.Polling;

public sealed class OutcomeCountsTests
{
    [Fact]
    public void Describe_SeveralOutcomes_NamesTheOnesThatOccurredAlertsFirst()
    {
        var counts = new OutcomeCounts();
        counts.Add(ItemOutcome.Unchanged);
        counts.Add(ItemOutcome.NoRuleMatched);
        counts.Add(ItemOutcome.Alerted);
        counts.Add(ItemOutcome.Unchanged);

        Assert.Equal("nieuws: 4 items · 1 alerted · 1 no rule matched · 2 unchanged", counts.Describe("nieuws"));
    }

    [Fact]
    public void Describe_OneItem_SaysItem()
    {
        var counts = new OutcomeCounts();
        counts.Add(ItemOutcome.TooOld);

        Assert.Equal("archief: 1 item · 1 too old", counts.Describe("archief"));
    }

    [Fact]
    public void Add_AnotherCount_SumsPerOutcome()
    {
        var a = new OutcomeCounts();
        a.Add(ItemOutcome.Alerted);
        var b = new OutcomeCounts();
        b.Add(ItemOutcome.Alerted);
        b.Add(ItemOutcome.BackfillSkipped);

        a.Add(b);

        Assert.Equal(2, a[ItemOutcome.Alerted]);
        Assert.Equal(1, a[ItemOutcome.BackfillSkipped]);
        Assert.Equal(3, a.Total);
    }
}
