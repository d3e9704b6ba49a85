using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>Outbox semantics: per-channel order, settle states, requeue, disabled channels.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetDueAsync_HeadOfChannelWaitsForRetry_RestOfThatChannelWaitsOtherChannelFlows()
    {
        var alerts = new[] { TestData.Alert("c1", "crisis"), TestData.Alert("d1", "diplomatie"), TestData.Alert("c2", "crisis"), TestData.Alert("d2", "diplomatie") };
        await Store.CommitAsync(new PollCommit("feed-a", [.. alerts.Select(a => a.Item)], alerts, TestData.T0), None);
        var head = (await Store.GetDueAsync(TestData.T0, 10, None))[0];

        await Store.ScheduleRetryAsync(head.Sequence, TestData.T0.AddSeconds(30), "503 Service Unavailable", None);
        var dueNow = await Store.GetDueAsync(TestData.T0.AddSeconds(1), 10, None);
        var dueLater = await Store.GetDueAsync(TestData.T0.AddSeconds(31), 10, None);

        Assert.Equal(["d1", "d2"], dueNow.Select(e => e.Alert.Item.Key));
        Assert.Equal(["c1", "d1", "c2", "d2"], dueLater.Select(e => e.Alert.Item.Key));
        Assert.True(dueLater.Select(e => e.Sequence).SequenceEqual(dueLater.Select(e => e.Sequence).Order()));
        Assert.Equal(1, dueLater[0].Attempts);
        Assert.Equal("503 Service Unavailable", dueLater[0].LastError);
    }

    [Fact]
    public async Task CountAsync_EachStatus_CountsOnlyThatStatus()
    {
        var alerts = new[] { TestData.Alert("c1", "crisis"), TestData.Alert("c2", "crisis"), TestData.Alert("d1", "diplomatie") };
        await Store.CommitAsync(new PollCommit("feed-a", [.. alerts.Select(a => a.Item)], alerts, TestData.T0), None);
        var due = await Store.GetDueAsync(TestData.T0, 10, None);

        await Store.MarkDeadAsync(due[0].Sequence, "400 Bad Request", TestData.T0, None);

        Assert.Equal(2, await Store.CountAsync(OutboxStatus.Pending, None));
        Assert.Equal(1, await Store.CountAsync(OutboxStatus.Dead, None));
        Assert.Equal(0, await Store.CountAsync(OutboxStatus.Sent, None));
    }

    [Fact]
    public async Task MarkSentAsync_Confirmed_StoresMessageIdAndLeavesTheQueue()
    {
        var alerts = new[] { TestData.Alert("c1", "crisis"), TestData.Alert("c2", "crisis") };
        await Store.CommitAsync(new PollCommit("feed-a", [.. alerts.Select(a => a.Item)], alerts, TestData.T0), None);
        var due = await Store.GetDueAsync(TestData.T0, 10, None);

        await Store.MarkSentAsync([due[0].Sequence], "1300000000000000001", TestData.T0, None);

        var sent = Assert.Single(await Store.ListAsync(OutboxStatus.Sent, 10, None));
        Assert.Equal("1300000000000000001", sent.MessageId);
        Assert.Equal(["c2"], (await Store.GetDueAsync(TestData.T0, 10, None)).Select(e => e.Alert.Item.Key));
    }

    [Fact]
    public async Task FindByItemAsync_ItemRoutedToTwoChannels_ReturnsBothWithMessageIdsForEdits()
    {
        var item = TestData.Item("a1");
        var alerts = new[] { TestData.Alert(item, "crisis"), TestData.Alert(item, "diplomatie"), TestData.Alert("other", "crisis") };
        await Store.CommitAsync(new PollCommit("feed-a", [], alerts, TestData.T0), None);
        var rows = await Store.GetDueAsync(TestData.T0, 10, None);
        await Store.MarkSentAsync([rows[0].Sequence], "1300000000000000042", TestData.T0, None);

        var found = await Store.FindByItemAsync("feed-a", "a1", None);

        Assert.Equal(["crisis", "diplomatie"], found.Select(e => e.Alert.ChannelId));
        Assert.Equal(["1300000000000000042", null], found.Select(e => e.MessageId));
        Assert.Empty(await Store.FindByItemAsync("feed-b", "a1", None));
    }

    [Fact]
    public async Task MarkDeadAsync_ThenRequeueAsync_PendingAgainWithReasonKeptUntilSent()
    {
        await Store.CommitAsync(new PollCommit("feed-a", [], [TestData.Alert("c1", "crisis")], TestData.T0), None);
        var row = (await Store.GetDueAsync(TestData.T0, 10, None))[0];
        await Store.MarkDeadAsync(row.Sequence, "400 Bad Request: embeds.0.title: BASE_TYPE_MAX_LENGTH", TestData.T0, None);

        var dead = Assert.Single(await Store.ListAsync(OutboxStatus.Dead, 10, None));
        Assert.Empty(await Store.GetDueAsync(TestData.T0.AddHours(1), 10, None));
        Assert.Equal("400 Bad Request: embeds.0.title: BASE_TYPE_MAX_LENGTH", dead.LastError);

        Assert.True(await Store.RequeueAsync(row.Sequence, TestData.T0.AddHours(1), None));
        Assert.Equal(row.Sequence, Assert.Single(await Store.GetDueAsync(TestData.T0.AddHours(1), 10, None)).Sequence);
    }

    [Fact]
    public async Task RequeueAsync_SentOrUnknown_ReturnsFalseAndNeverResends()
    {
        await Store.CommitAsync(new PollCommit("feed-a", [], [TestData.Alert("c1", "crisis")], TestData.T0), None);
        var row = (await Store.GetDueAsync(TestData.T0, 10, None))[0];
        await Store.MarkSentAsync([row.Sequence], "m1", TestData.T0, None);

        Assert.False(await Store.RequeueAsync(row.Sequence, TestData.T0, None));
        Assert.False(await Store.RequeueAsync(row.Sequence + 1000, TestData.T0, None));
        Assert.Empty(await Store.GetDueAsync(TestData.T0, 10, None));
    }

    [Fact]
    public async Task RequeueDeadAsync_DeadOnDisabledChannel_RequeuesAllAndReenablesChannel()
    {
        var alerts = new[] { TestData.Alert("c1", "crisis"), TestData.Alert("c2", "crisis"), TestData.Alert("d1", "diplomatie") };
        await Store.CommitAsync(new PollCommit("feed-a", [], alerts, TestData.T0), None);
        var rows = await Store.GetDueAsync(TestData.T0, 10, None);
        await Store.DisableChannelAsync("crisis", "404 Unknown Webhook (10015)", TestData.T0, None);
        await Store.MarkDeadAsync(rows[0].Sequence, "404 Unknown Webhook (10015)", TestData.T0, None);
        await Store.MarkDeadAsync(rows[1].Sequence, "404 Unknown Webhook (10015)", TestData.T0, None);
        Assert.Equal("404 Unknown Webhook (10015)", (await Store.ListDisabledChannelsAsync(None))["crisis"]);

        var count = await Store.RequeueDeadAsync(TestData.T0.AddMinutes(1), None);

        Assert.Equal(2, count);
        Assert.Empty(await Store.ListDisabledChannelsAsync(None));
        Assert.Equal(["c1", "c2", "d1"], (await Store.GetDueAsync(TestData.T0.AddMinutes(1), 10, None)).Select(e => e.Alert.Item.Key));
    }
}
