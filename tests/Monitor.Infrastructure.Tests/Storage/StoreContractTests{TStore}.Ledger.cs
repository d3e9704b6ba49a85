using Monitor.Domain.Items;
using Monitor.Pipeline.Dedup;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>The ledger forgets by last sight and keeps each item's outcome (issue 13 §1-2), on every store.</summary>
public abstract partial class StoreContractTests<TStore>
{
    [Fact]
    public async Task PruneAsync_ItemStillInTheFeed_IsKeptWhateverItsFirstSighting()
    {
        var firstSeen = TestData.T0.AddDays(-200);
        await Store.CommitAsync(new PollCommit("feed-a", [TestData.Item("blijft"), TestData.Item("weg")], [], firstSeen), CancellationToken.None);

        // A later poll still finds "blijft" in the feed; "weg" has left it.
        await Store.CommitAsync(new PollCommit("feed-a", [], [], TestData.T0.AddDays(-1)) { PresentKeys = ["blijft"] }, CancellationToken.None);
        await Store.PruneAsync(TestData.T0.AddDays(-90), CancellationToken.None);

        Assert.Equal(["blijft"], (await Store.FindSeenAsync("feed-a", ["blijft", "weg"], CancellationToken.None)).Keys);
    }

    [Fact]
    public async Task CommitAsync_PresentKeys_TouchLastSeenOnlyOfThatFeed()
    {
        await Store.CommitAsync(new PollCommit("feed-a", [TestData.Item("k")], [], TestData.T0.AddDays(-10)), CancellationToken.None);
        await Store.CommitAsync(new PollCommit("feed-b", [TestData.Item("k", "feed-b")], [], TestData.T0.AddDays(-10)), CancellationToken.None);

        await Store.CommitAsync(new PollCommit("feed-a", [], [], TestData.T0) { PresentKeys = ["k", "not-in-the-ledger"] }, CancellationToken.None);

        var a = Assert.Single(await Store.FindItemsAsync("k", "feed-a", CancellationToken.None));
        var b = Assert.Single(await Store.FindItemsAsync("k", "feed-b", CancellationToken.None));
        Assert.Equal(TestData.T0, a.LastSeen);
        Assert.Equal(TestData.T0.AddDays(-10), a.FirstSeen);
        Assert.Equal(TestData.T0.AddDays(-10), b.LastSeen);
    }

    [Fact]
    public async Task FindItemsAsync_ByKeyOrLink_ReturnsTheRecordedTextAndOutcome()
    {
        var item = TestData.Item("guid-1", title: "Ambassadepersoneel verlaat Kyiv", summary: "Het personeel vertrekt uit vrees voor een invasie.") with
        {
            Link = new Uri("https://nieuws.example.org/ambassade"),
        };
        var commit = new PollCommit("feed-a", [item], [], TestData.T0)
        {
            Outcomes = new Dictionary<string, RecordedOutcome> { ["guid-1"] = new(ItemOutcome.Alerted, ["ambassade", "invasie"]) },
        };
        await Store.CommitAsync(commit, CancellationToken.None);

        var byLink = Assert.Single(await Store.FindItemsAsync("https://nieuws.example.org/ambassade", null, CancellationToken.None));
        var byKey = Assert.Single(await Store.FindItemsAsync("guid-1", "feed-a", CancellationToken.None));

        Assert.Equal(byLink, byKey with { RuleIds = byLink.RuleIds });
        Assert.Equal(ItemOutcome.Alerted, byLink.Outcome);
        Assert.Equal(["ambassade", "invasie"], byLink.RuleIds);
        Assert.Equal("Ambassadepersoneel verlaat Kyiv", byLink.Title);
        Assert.Equal(item.Published, byLink.Published);
        Assert.Empty(await Store.FindItemsAsync("guid-1", "feed-b", CancellationToken.None));
    }
}
