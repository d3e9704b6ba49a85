using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Polling;
using Monitor.TestKit.Fakes;

namespace Monitor.Discord.Tests.Delivery;

/// <summary>The real outbox dispatcher driving the Discord sink into the Discord test server.</summary>
public sealed class OutboxToDiscordTests
{
    [Fact]
    public async Task DispatchDueAsync_BacklogOf23_ThreeBatchedMessagesAndEveryRowSentWithItsMessageId()
    {
        await using var h = await DiscordHarness.StartAsync();
        var store = new InMemoryStore();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        await store.CommitAsync(new PollCommit("nos", [], TestAlerts.Many(23), h.Time.GetUtcNow()), default);
        var dispatcher = Dispatcher(store, channel, h);

        var report = await dispatcher.DispatchDueAsync(default);

        Assert.Equal(23, report.Delivered);
        Assert.Equal([10, 10, 3], h.Server.Messages.Select(m => m.Embeds.Count));
        Assert.All(store.Outbox, e => Assert.Equal(OutboxStatus.Sent, e.Status));
        Assert.Equal(h.Server.Messages[0].Id, store.Outbox[0].MessageId);
        Assert.Equal(h.Server.Messages[2].Id, store.Outbox[22].MessageId);
    }

    [Fact]
    public async Task DispatchDueAsync_WebhookDeleted_AllPendingParkedWithOneRequest()
    {
        await using var h = await DiscordHarness.StartAsync();
        var store = new InMemoryStore();
        var url = h.Server.CreateWebhook("c1");
        h.Server.DeleteWebhook(url);
        await store.CommitAsync(new PollCommit("nos", [], TestAlerts.Many(5), h.Time.GetUtcNow()), default);

        var report = await Dispatcher(store, TestAlerts.Webhook(url), h).DispatchDueAsync(default);

        Assert.Equal(5, report.Dead);
        Assert.Single(h.Server.Requests);
        Assert.All(store.Outbox, e => Assert.Contains("10015", e.LastError, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchDueAsync_Outage_RetriedLaterInOrder()
    {
        await using var h = await DiscordHarness.StartAsync();
        var store = new InMemoryStore();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        await store.CommitAsync(new PollCommit("nos", [], TestAlerts.Many(3), h.Time.GetUtcNow()), default);
        var dispatcher = Dispatcher(store, channel, h);
        h.Server.OutageStatus = 503;

        var during = await dispatcher.DispatchDueAsync(default);
        h.Server.OutageStatus = null;
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var after = await dispatcher.DispatchDueAsync(default);

        Assert.Equal(3, during.Retrying);
        Assert.Equal(3, after.Delivered);
        Assert.Equal(["Bericht 1 over dijkversterking", "Bericht 2 over dijkversterking", "Bericht 3 over dijkversterking"], Assert.Single(h.Server.Messages).EmbedTitles);
    }

    [Fact]
    public async Task DispatchDueAsync_MissingPermissions_ChannelHeldWithItsQueueThenDrainedAfterTheHold()
    {
        await using var h = await DiscordHarness.StartAsync();
        var store = new InMemoryStore();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        await store.CommitAsync(new PollCommit("nos", [], TestAlerts.Many(3), h.Time.GetUtcNow()), default);
        var dispatcher = Dispatcher(store, channel, h);
        h.Server.FailNext(403, code: 50013);

        var held = await dispatcher.DispatchDueAsync(default);
        var meanwhile = await dispatcher.DispatchDueAsync(default);
        h.Time.Advance(DeliveryDecider.PermissionHold);
        var granted = await dispatcher.DispatchDueAsync(default);

        Assert.Equal(new DispatchReport(0, 3, 0), held);
        Assert.False(meanwhile.DidWork);
        Assert.Equal(3, granted.Delivered);
        Assert.Equal(2, h.Server.Requests.Count);
        Assert.Empty(await store.ListDisabledChannelsAsync(default));
    }

    [Fact]
    public async Task DispatchDueAsync_StatusWithoutAKnownCode_OnlyTheHeadParkedTheRestDelivered()
    {
        await using var h = await DiscordHarness.StartAsync();
        var store = new InMemoryStore();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        await store.CommitAsync(new PollCommit("nos", [], TestAlerts.Many(3), h.Time.GetUtcNow()), default);
        h.Server.FailNext(418);

        var report = await Dispatcher(store, channel, h).DispatchDueAsync(default);

        Assert.Equal(new DispatchReport(2, 0, 1), report);
        Assert.Contains("HTTP 418", store.Outbox[0].LastError, StringComparison.Ordinal);
        Assert.Empty(await store.ListDisabledChannelsAsync(default));
    }

    private static OutboxDispatcher Dispatcher(InMemoryStore store, ChannelDefinition channel, DiscordHarness h)
    {
        var snapshot = new PipelineSnapshot(
            new Dictionary<string, Domain.Feeds.FeedDefinition>(),
            new Dictionary<string, ChannelDefinition> { [channel.Id] = channel },
            RuleEngine.Compile([]));
        return new OutboxDispatcher(store, [h.Sink], new FixedSnapshotSource(snapshot), h.Time, NullLogger<OutboxDispatcher>.Instance);
    }
}
