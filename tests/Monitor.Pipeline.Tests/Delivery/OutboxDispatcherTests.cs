using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Polling;
using Monitor.TestKit.Fakes;

namespace Monitor.Pipeline.Tests.Delivery;

public sealed class OutboxDispatcherTests
{
    private readonly FakeTimeProvider time = new(Builders.Now);
    private readonly InMemoryStore store = new();
    private readonly RecordingAlertSink sink = new();

    private OutboxDispatcher CreateSut(params string[] channels)
    {
        var snapshot = new PipelineSnapshot(
            new Dictionary<string, Domain.Feeds.FeedDefinition>(),
            channels.ToDictionary(c => c, c => new ChannelDefinition(c, null)),
            KeywordMatcher.Compile([]));
        return new OutboxDispatcher(store, [sink], new FixedSnapshotSource(snapshot), time, NullLogger<OutboxDispatcher>.Instance);
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
}
