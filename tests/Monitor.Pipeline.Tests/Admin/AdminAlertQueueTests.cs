using Monitor.Pipeline.Admin;
using Monitor.TestKit.Fakes;

namespace Monitor.Pipeline.Tests.Admin;

public sealed class AdminAlertQueueTests
{
    private static readonly DateTimeOffset Now = Builders.Now;
    private readonly InMemoryStore store = new();

    [Fact]
    public async Task QueueAsync_AdminChannel_OneOutboxRowWordedForThatChannel()
    {
        var alert = new AdminAlert(AdminAlertKind.WebhookGone, "crisis", Now) { Error = "HTTP 404: 10015 Unknown Webhook" };

        var queued = await new AdminAlertQueue(store).QueueAsync(alert, "beheer", default);

        Assert.True(queued);
        var row = Assert.Single(store.Outbox);
        Assert.Equal(("beheer", AdminAlertQueue.FeedId, alert.Key), (row.Alert.ChannelId, row.Alert.Item.FeedId, row.Alert.Item.Key));
        Assert.Equal(AdminAlertText.Compose(alert), (row.Alert.Item.Title, row.Alert.Item.Summary));
        Assert.Equal(Now, row.Alert.CreatedAt);
    }

    [Fact]
    public async Task QueueAsync_SameEventRaisedAgain_StillOneRow()
    {
        var queue = new AdminAlertQueue(store);
        var alert = new AdminAlert(AdminAlertKind.PermissionMissing, "crisis", Now) { Error = "HTTP 403: 50013 Missing Permissions" };

        await queue.QueueAsync(alert, "beheer", default);
        await queue.QueueAsync(alert with { At = Now.AddMinutes(30) }, "beheer", default);

        Assert.Single(store.Outbox);
    }

    [Theory]
    [InlineData("no admin channel", AdminAlertKind.FeedFailing, "nos", null)]
    [InlineData("the admin channel's own webhook is gone", AdminAlertKind.WebhookGone, "beheer", "beheer")]
    [InlineData("the admin channel itself is held", AdminAlertKind.PermissionMissing, "beheer", "beheer")]
    public async Task QueueAsync_NowhereToGo_FalseAndNothingQueued(string name, AdminAlertKind kind, string subject, string? adminChannel)
    {
        var queued = await new AdminAlertQueue(store).QueueAsync(new AdminAlert(kind, subject, Now), adminChannel, default);

        Assert.False(queued, name);
        Assert.Empty(store.Outbox);
    }
}
