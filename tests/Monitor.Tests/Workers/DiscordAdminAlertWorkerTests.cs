using Microsoft.Extensions.Time.Testing;
using Monitor.Discord.RateLimiting;
using Monitor.Domain;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Polling;
using Monitor.Pipeline.Routing;
using Monitor.TestKit.Fakes;
using Monitor.Workers;

namespace Monitor.Tests.Workers;

public sealed class DiscordAdminAlertWorkerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore store = new();

    [Fact]
    public async Task HandleAsync_Ban_QueuesOneCriticalAdminAlert()
    {
        var worker = CreateSut(adminChannel: "beheer");
        var ban = new DiscordAdminAlert(RateLimitAlarm.Banned, time.GetUtcNow(), time.GetUtcNow().AddMinutes(30), "Discord is refusing this IP");

        Assert.True(await worker.HandleAsync(ban, default));
        await worker.HandleAsync(ban, default);

        var entry = Assert.Single(store.Outbox);
        Assert.Equal("beheer", entry.Alert.ChannelId);
        Assert.Equal(Severity.Critical, entry.Alert.Severity);
        Assert.Contains("ban", entry.Alert.Item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NoAdminChannel_ReturnsFalse()
    {
        var worker = CreateSut(adminChannel: null);

        Assert.False(await worker.HandleAsync(new DiscordAdminAlert(RateLimitAlarm.TokenRejected, time.GetUtcNow(), null, "x"), default));
        Assert.Empty(store.Outbox);
    }

    private DiscordAdminAlertWorker CreateSut(string? adminChannel)
    {
        var snapshot = new PipelineSnapshot(
            new Dictionary<string, Domain.Feeds.FeedDefinition>(),
            new Dictionary<string, ChannelDefinition> { ["beheer"] = new("beheer", null) },
            KeywordMatcher.Compile([])) { AdminChannelId = adminChannel };
        return new DiscordAdminAlertWorker(new DiscordAdminSignal(), new AdminNotifier(new Snapshots(snapshot), store, time));
    }

    private sealed class Snapshots(PipelineSnapshot snapshot) : IPipelineSnapshotSource
    {
        public PipelineSnapshot Current => snapshot;
    }
}
