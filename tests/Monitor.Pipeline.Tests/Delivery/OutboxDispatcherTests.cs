using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Admin;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Polling;
using Monitor.TestKit.Fakes;

namespace Monitor.Pipeline.Tests.Delivery;

public sealed class OutboxDispatcherTests
{
    private readonly FakeTimeProvider time = new(Builders.Now);
    private readonly InMemoryStore store = new();
    private readonly RecordingAlertSink sink = new();

    private OutboxDispatcher CreateSut(params string[] channels) => CreateSut(null, [], channels);

    private OutboxDispatcher CreateSut(string? adminChannel, IAdminAlertSource[] sources, params string[] channels)
    {
        var snapshot = new PipelineSnapshot(
            new Dictionary<string, Domain.Feeds.FeedDefinition>(),
            channels.Append(adminChannel).OfType<string>().ToDictionary(c => c, c => new ChannelDefinition(c, null)),
            RuleEngine.Compile([]))
        {
            AdminChannelId = adminChannel,
        };
        return new OutboxDispatcher(store, [sink], new FixedSnapshotSource(snapshot), time, NullLogger<OutboxDispatcher>.Instance, new AdminAlertQueue(store), sources);
    }

    private Task Enqueue(params Domain.Alerts.Alert[] alerts) => store.CommitAsync(new PollCommit("f1", [], alerts, time.GetUtcNow()), default);

    [Fact]
    public async Task DispatchDue_SinkConfirms_MarksSentInCreationOrder()
    {
        var sut = CreateSut("crisis");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "crisis"));

        var report = await sut.DispatchDueAsync(default);

        Assert.Equal(2, report.Delivered);
        Assert.Equal(["a", "b"], sink.Delivered.Select(a => a.Item.Key));
        Assert.All(store.Outbox, e => Assert.Equal(OutboxStatus.Sent, e.Status));
    }

    [Fact]
    public async Task DispatchDue_TransientFailure_KeepsTheAlertQueuedAndHoldsTheChannelInOrder()
    {
        var sut = CreateSut("crisis");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "crisis"));
        sink.Then(_ => DeliveryOutcome.RetryLater("HTTP 503", TimeSpan.FromSeconds(30)));

        var first = await sut.DispatchDueAsync(default);
        var meanwhile = await sut.DispatchDueAsync(default);
        time.Advance(TimeSpan.FromSeconds(30));
        var after = await sut.DispatchDueAsync(default);

        Assert.Equal(0, first.Delivered);
        Assert.False(meanwhile.DidWork);
        Assert.Equal(2, after.Delivered);
        Assert.Equal(["a", "b"], sink.Delivered.Select(a => a.Item.Key));
        Assert.Equal(2, store.Outbox[0].Attempts);
    }

    [Fact]
    public async Task DispatchDue_PermanentRejection_ParksOnlyThatAlertAsDead()
    {
        var sut = CreateSut("crisis");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "crisis"));
        sink.Then(_ => DeliveryOutcome.Rejected("HTTP 400: embeds.0.title BASE_TYPE_MAX_LENGTH"));

        var report = await sut.DispatchDueAsync(default);

        Assert.Equal(1, report.Dead);
        Assert.Equal(1, report.Delivered);
        Assert.Equal(OutboxStatus.Dead, store.Outbox[0].Status);
        Assert.Contains("BASE_TYPE_MAX_LENGTH", store.Outbox[0].LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, store.Outbox[1].Status);
    }

    [Fact]
    public async Task DispatchDue_PartialDelivery_SendsTheRestInTheNextMessage()
    {
        var sut = CreateSut("crisis");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "crisis"), Builders.Alert("c", "crisis"));
        sink.Then(_ => DeliveryOutcome.Delivered(2, "m1"));

        await sut.DispatchDueAsync(default);

        Assert.Equal(2, sink.Calls.Count);
        Assert.Equal("m1", store.Outbox[0].MessageId);
        Assert.All(store.Outbox, e => Assert.Equal(OutboxStatus.Sent, e.Status));
    }

    [Fact]
    public async Task DispatchDue_OneChannelFailing_OtherChannelsStillDeliver()
    {
        var sut = CreateSut("crisis", "diplomatie");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "diplomatie"));
        sink.Then(a => a[0].ChannelId == "crisis" ? DeliveryOutcome.RetryLater("timeout") : DeliveryOutcome.Delivered(a.Count))
            .Then(a => a[0].ChannelId == "crisis" ? DeliveryOutcome.RetryLater("timeout") : DeliveryOutcome.Delivered(a.Count));

        var report = await sut.DispatchDueAsync(default);

        Assert.Equal(1, report.Delivered);
        Assert.Equal("b", Assert.Single(sink.Delivered).Item.Key);
    }

    [Fact]
    public async Task DispatchDue_ChannelRemovedFromConfig_ParksWithInstructions()
    {
        var sut = CreateSut();
        await Enqueue(Builders.Alert("a", "crisis"));

        var report = await sut.DispatchDueAsync(default);

        Assert.Equal(1, report.Dead);
        Assert.Contains("monitor outbox retry", store.Outbox[0].LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_PermissionMissing_HoldsTheChannelKeepsItsQueueAndProbesAfterTheHold()
    {
        var sut = CreateSut("crisis", "diplomatie");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "crisis"), Builders.Alert("c", "diplomatie"));
        sink.Then(a => a[0].ChannelId == "crisis" ? DeliveryOutcome.PermissionMissing("HTTP 403: 50013 Missing Permissions") : DeliveryOutcome.Delivered(a.Count))
            .Then(a => a[0].ChannelId == "crisis" ? DeliveryOutcome.PermissionMissing("HTTP 403: 50013 Missing Permissions") : DeliveryOutcome.Delivered(a.Count));

        var held = await sut.DispatchDueAsync(default);
        var meanwhile = await sut.DispatchDueAsync(default);
        time.Advance(DeliveryDecider.PermissionHold);
        var granted = await sut.DispatchDueAsync(default);

        Assert.Equal(new DispatchReport(1, 2, 0), held);
        Assert.False(meanwhile.DidWork);
        Assert.Equal(2, granted.Delivered);
        Assert.Empty(await store.ListDisabledChannelsAsync(default));
        Assert.All(store.Outbox, e => Assert.Equal(OutboxStatus.Sent, e.Status));
    }

    [Fact]
    public async Task DispatchDue_UnexpectedAnswer_ParksOnlyThatAlertAndTheChannelKeepsFlowing()
    {
        var sut = CreateSut("crisis");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "crisis"));
        sink.Then(_ => DeliveryOutcome.Unexpected("HTTP 418"));

        var report = await sut.DispatchDueAsync(default);

        Assert.Equal(new DispatchReport(1, 0, 1), report);
        Assert.Equal("unexpected answer: HTTP 418", store.Outbox[0].LastError);
        Assert.Equal(OutboxStatus.Sent, store.Outbox[1].Status);
        Assert.Empty(await store.ListDisabledChannelsAsync(default));
    }

    [Fact]
    public async Task DispatchDue_WebhookGone_DisablesTheChannelAndParksItsQueue()
    {
        var sut = CreateSut("crisis");
        await Enqueue(Builders.Alert("a", "crisis"), Builders.Alert("b", "crisis"));
        sink.Then(_ => DeliveryOutcome.Gone("HTTP 404: 10015 Unknown Webhook"));

        var report = await sut.DispatchDueAsync(default);

        Assert.Equal(new DispatchReport(0, 0, 2), report);
        Assert.Single(sink.Calls);
        Assert.Equal("HTTP 404: 10015 Unknown Webhook", (await store.ListDisabledChannelsAsync(default))["crisis"]);
        Assert.All(store.Outbox, e => Assert.Equal(OutboxStatus.Dead, e.Status));
    }

    [Fact]
    public async Task DispatchDue_PermissionMissingTwice_OneAdminAlertForTheHeldChannel()
    {
        var sut = CreateSut("beheer", [], "crisis");
        await Enqueue(Builders.Alert("a", "crisis"));
        sink.Then(a => a[0].ChannelId == "crisis" ? DeliveryOutcome.PermissionMissing("HTTP 403: 50013 Missing Permissions") : DeliveryOutcome.Delivered(a.Count))
            .Then(a => a[0].ChannelId == "crisis" ? DeliveryOutcome.PermissionMissing("HTTP 403: 50013 Missing Permissions") : DeliveryOutcome.Delivered(a.Count))
            .Then(a => a[0].ChannelId == "crisis" ? DeliveryOutcome.PermissionMissing("HTTP 403: 50013 Missing Permissions") : DeliveryOutcome.Delivered(a.Count));

        await sut.DispatchDueAsync(default);
        time.Advance(DeliveryDecider.PermissionHold);
        await sut.DispatchDueAsync(default);

        var admin = Assert.Single(sink.Delivered);
        Assert.Equal("beheer", admin.ChannelId);
        Assert.Equal("Channel 'crisis' is held: Monitor lacks a permission there", admin.Item.Title);
        Assert.Contains("50013", admin.Item.Summary, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, store.Outbox[0].Status);
    }

    [Fact]
    public async Task DispatchDue_WebhookGone_AdminToldInEnglishWithWhatToDo()
    {
        var sut = CreateSut("beheer", [], "crisis");
        await Enqueue(Builders.Alert("a", "crisis"));
        sink.Then(_ => DeliveryOutcome.Gone("HTTP 404: 10015 Unknown Webhook"));

        await sut.DispatchDueAsync(default);
        await sut.DispatchDueAsync(default);

        var admin = Assert.Single(sink.Delivered);
        Assert.Equal("Channel 'crisis' is disabled: its Discord destination is gone", admin.Item.Title);
        Assert.Contains("monitor outbox retry --dead", admin.Item.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_AlertRaisedOutsideThePipeline_QueuedAndSentInTheSamePass()
    {
        var source = new QueuedAdminAlertSource();
        source.Alerts.Enqueue(new AdminAlert(AdminAlertKind.DiscordTokenRejected, "discord", time.GetUtcNow()));
        source.Alerts.Enqueue(new AdminAlert(AdminAlertKind.DiscordTokenRejected, "discord", time.GetUtcNow().AddMinutes(1)));
        var sut = CreateSut("beheer", [source]);

        var report = await sut.DispatchDueAsync(default);

        Assert.Equal(1, report.Delivered);
        Assert.Equal("Discord rejected the bot token", Assert.Single(sink.Delivered).Item.Title);
        Assert.Empty(source.Alerts);
    }
}
