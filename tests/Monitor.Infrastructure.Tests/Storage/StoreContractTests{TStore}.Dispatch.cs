using Microsoft.Extensions.Time.Testing;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>The dispatcher on a real store: outage, rate limits, permanent failures, gone destinations.</summary>
public abstract partial class StoreContractTests<TStore>
{
    [Fact]
    public async Task DispatchDueAsync_TenMinutesOf503_NothingLostAndBacklogDrainsInOrderWithinRateLimits()
    {
        var time = new FakeTimeProvider(TestData.T0);
        var outageEnds = TestData.T0.AddMinutes(10);
        var limiter = new DiscordLikeRateLimit(perWindow: 5, window: TimeSpan.FromSeconds(2));
        var sink = new ScriptedSink(time, (channel, alert, now) =>
            now < outageEnds ? DeliveryOutcome.RetryLater("503 Service Unavailable") : limiter.Admit(channel.Id, now));
        var dispatcher = Dispatcher(time, sink, null, "crisis", "diplomatie");
        var alerts = Enumerable.Range(0, 60).Select(i => TestData.Alert($"i{i:D2}", i % 3 == 0 ? "diplomatie" : "crisis")).ToList();
        await Store.CommitAsync(new PollCommit("feed-a", [.. alerts.Select(a => a.Item)], alerts, TestData.T0), None);

        // One dispatch pass per simulated second, as the worker does, until the backlog is gone (bounded).
        for (var second = 0; second < 40 * 60 && (await Store.ListAsync(OutboxStatus.Pending, 1, None)).Count > 0; second++)
        {
            await dispatcher.DispatchDueAsync(None);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var drainedAt = time.GetUtcNow();
        await WriteOutageReportAsync(sink, limiter, outageEnds, drainedAt);
        Assert.Equal(60, (await Store.ListAsync(OutboxStatus.Sent, 100, None)).Count);
        Assert.Equal(alerts.Where(a => a.ChannelId == "crisis").Select(a => a.Id), sink.Delivered("crisis"));
        Assert.Equal(alerts.Where(a => a.ChannelId == "diplomatie").Select(a => a.Id), sink.Delivered("diplomatie"));
        Assert.Equal(0, limiter.RequestsBeforeRetryAfter);
        Assert.True(sink.Requests.Count(r => r.At < outageEnds) <= 2 * 10, $"{sink.Requests.Count(r => r.At < outageEnds)} requests during the outage: back-off should keep it to a few per channel");
        Assert.True(drainedAt <= outageEnds + RetrySchedule.MaxDelay + TimeSpan.FromMinutes(1), $"drained at {drainedAt:O}");
    }

    [Fact]
    public async Task DispatchDueAsync_PermanentRejection_ParksOnlyThatAlertAsDeadWithReason()
    {
        var time = new FakeTimeProvider(TestData.T0);
        var sink = new ScriptedSink(time, (_, alert, _) => alert.Item.Key == "c2" ? DeliveryOutcome.Rejected("400 Bad Request: content: BASE_TYPE_MAX_LENGTH") : DeliveryOutcome.Delivered(1));
        var alerts = new[] { TestData.Alert("c1", "crisis"), TestData.Alert("c2", "crisis"), TestData.Alert("c3", "crisis") };
        await Store.CommitAsync(new PollCommit("feed-a", [], alerts, TestData.T0), None);

        var report = await Dispatcher(time, sink, null, "crisis").DispatchDueAsync(None);

        Assert.Equal(new DispatchReport(2, 0, 1), report);
        var dead = Assert.Single(await Store.ListAsync(OutboxStatus.Dead, 10, None));
        Assert.Equal("c2", dead.Alert.Item.Key);
        Assert.Equal("400 Bad Request: content: BASE_TYPE_MAX_LENGTH", dead.LastError);
        Assert.Equal(["m-" + alerts[0].Id, "m-" + alerts[2].Id], (await Store.ListAsync(OutboxStatus.Sent, 10, None)).Select(e => e.MessageId));
    }

    [Fact]
    public async Task DispatchDueAsync_WebhookGone_DisablesChannelParksQueueAndAlertsAdmin()
    {
        var time = new FakeTimeProvider(TestData.T0);
        var sink = new ScriptedSink(time, (channel, _, _) => channel.Id == "crisis" ? DeliveryOutcome.Gone("404 Unknown Webhook (10015)") : DeliveryOutcome.Delivered(1));
        var dispatcher = Dispatcher(time, sink, "beheer", "crisis");
        await Store.CommitAsync(new PollCommit("feed-a", [], [TestData.Alert("c1", "crisis"), TestData.Alert("c2", "crisis")], TestData.T0), None);

        await dispatcher.DispatchDueAsync(None);
        await Store.CommitAsync(new PollCommit("feed-a", [], [TestData.Alert("c3", "crisis")], TestData.T0), None);
        await dispatcher.DispatchDueAsync(None);

        Assert.Single(sink.Requests, r => r.ChannelId == "crisis");
        Assert.Equal("404 Unknown Webhook (10015)", (await Store.ListDisabledChannelsAsync(None))["crisis"]);
        Assert.Equal(["c1", "c2", "c3"], (await Store.ListAsync(OutboxStatus.Dead, 10, None)).Select(e => e.Alert.Item.Key));
        var admin = Assert.Single(await Store.ListAsync(OutboxStatus.Sent, 10, None));
        Assert.Equal("beheer", admin.Alert.ChannelId);
        Assert.Contains("crisis", admin.Alert.Item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDueAsync_SinkThrows_RowStaysPendingWithBackoff()
    {
        var time = new FakeTimeProvider(TestData.T0);
        var sink = new ScriptedSink(time, (_, _, _) => throw new HttpRequestException("connection reset"));
        await Store.CommitAsync(new PollCommit("feed-a", [], [TestData.Alert("c1", "crisis")], TestData.T0), None);

        var report = await Dispatcher(time, sink, null, "crisis").DispatchDueAsync(None);

        Assert.Equal(new DispatchReport(0, 1, 0), report);
        var row = Assert.Single(await Store.ListAsync(OutboxStatus.Pending, 10, None));
        Assert.Equal("sink error: HttpRequestException", row.LastError);
        Assert.Equal(TestData.T0 + RetrySchedule.BaseDelay, row.NextAttemptAt);
    }

    /// <summary>With MONITOR_OUTAGE_REPORT set, appends what the outage test measured (docs/reliability.md quotes it).</summary>
    private async Task WriteOutageReportAsync(ScriptedSink sink, DiscordLikeRateLimit limiter, DateTimeOffset outageEnds, DateTimeOffset drainedAt)
    {
        var path = Environment.GetEnvironmentVariable("MONITOR_OUTAGE_REPORT");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var firstAfter = sink.Requests.First(r => r.At >= outageEnds).At;
        var line = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{StoreName}: alerts 60, sent {sink.Requests.Count(r => r.Status == DeliveryStatus.Delivered)}, requests during the 10-minute 503 outage {sink.Requests.Count(r => r.At < outageEnds)}, first request after it at +{(firstAfter - outageEnds).TotalSeconds}s, 429 answers {limiter.Limited}, requests before retry_after {limiter.RequestsBeforeRetryAfter}, drained {(drainedAt - outageEnds).TotalSeconds}s after the outage\n");
        await File.AppendAllTextAsync(path, line);
    }
}
