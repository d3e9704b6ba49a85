using Microsoft.Extensions.Logging.Testing;
using Monitor.Discord.RateLimiting;
using Monitor.Domain;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Delivery;
using Monitor.TestKit.Discord;

namespace Monitor.Discord.Tests.Delivery;

public sealed class DiscordAlertSinkTests
{
    [Fact]
    public async Task DeliverAsync_OneAlert_PostedThroughWebhookWithWaitV10AndUserAgent()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));

        var outcome = await h.Sink.DeliverAsync(channel, [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Equal(1, outcome.DeliveredCount);
        var message = Assert.Single(h.Server.MessagesIn("c1"));
        Assert.Equal(message.Id, outcome.MessageId);
        var request = Assert.Single(h.Server.Requests);
        Assert.StartsWith("/api/v10/webhooks/", request.Path, StringComparison.Ordinal);
        Assert.EndsWith("?wait=true", request.Path, StringComparison.Ordinal);
        Assert.Matches(@"^DiscordBot \(https?://\S+, [0-9.]+\)", request.UserAgent);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task DeliverAsync_25PendingAlerts_BatchedIntoThreeMessagesWithoutRejections()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        var pending = TestAlerts.Many(25);

        var counts = new List<int>();
        while (pending.Count > 0)
        {
            var outcome = await h.Sink.DeliverAsync(channel, pending, CancellationToken.None);
            Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
            counts.Add(outcome.DeliveredCount);
            pending.RemoveRange(0, outcome.DeliveredCount);
        }

        Assert.Equal([10, 10, 5], counts);
        Assert.Equal(25, h.Server.Messages.Sum(m => m.Embeds.Count));
        Assert.All(h.Server.Requests, r => Assert.Equal(200, r.Status));
    }

    [Fact]
    public async Task DeliverAsync_WebhookWindowUsedUp_HeldBackWithoutA429UntilReset()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(DeliveryStatus.Delivered, (await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: $"a{i}")], CancellationToken.None)).Status);
        }

        var held = await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "a5")], CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, held.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), held.RetryAfter);
        Assert.Equal(5, h.Server.Requests.Count);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(DeliveryStatus.Delivered, (await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "a5")], CancellationToken.None)).Status);
        Assert.Equal(0, h.Server.CountStatus(429));
    }

    [Fact]
    public async Task DeliverAsync_HiddenChannelLimit_Shared429HonouredForItsRetryAfter()
    {
        await using var h = await DiscordHarness.StartAsync(new DiscordTestServerOptions { ChannelHiddenLimit = 3, WebhookLimit = 100 }, o => o.ChannelMessageBudget = 100);
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        for (var i = 0; i < 3; i++)
        {
            await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: $"a{i}")], CancellationToken.None);
        }

        var limited = await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "a3")], CancellationToken.None);
        var again = await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "a3")], CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(40), limited.RetryAfter);
        Assert.Equal(DeliveryStatus.RetryLater, again.Status);
        Assert.Equal(4, h.Server.Requests.Count); // the second attempt never left the process
        Assert.Equal("shared", h.Server.Requests[^1].Scope);
        h.Time.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(DeliveryStatus.Delivered, (await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "a3")], CancellationToken.None)).Status);
    }

    [Fact]
    public async Task DeliverAsync_ChannelBudget_StaysUnderTheHiddenLimitWithoutAny429()
    {
        await using var h = await DiscordHarness.StartAsync(new DiscordTestServerOptions { WebhookLimit = 100 });
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        var delivered = 0;
        for (var i = 0; i < 60; i++)
        {
            var outcome = await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: $"a{i}")], CancellationToken.None);
            if (outcome.Status == DeliveryStatus.Delivered)
            {
                delivered++;
            }
            else
            {
                h.Time.Advance(outcome.RetryAfter!.Value);
                i--;
            }
        }

        Assert.Equal(60, delivered);
        Assert.Equal(0, h.Server.CountStatus(429));
    }

    [Fact]
    public async Task DeliverAsync_Server429FromAnotherClient_RetryLaterWithDiscordsRetryAfter()
    {
        await using var h = await DiscordHarness.StartAsync();
        await using var otherProcess = DiscordHarness.Attach(h.Server, h.Time);
        var url = h.Server.CreateWebhook("c1");
        for (var i = 0; i < 5; i++)
        {
            await h.Sink.DeliverAsync(TestAlerts.Webhook(url), [TestAlerts.Make(id: $"a{i}")], CancellationToken.None);
        }

        h.Time.Advance(TimeSpan.FromSeconds(0.5));
        var outcome = await otherProcess.Sink.DeliverAsync(TestAlerts.Webhook(url), [TestAlerts.Make(id: "x")], CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(1.5), outcome.RetryAfter);
        Assert.Equal(1, h.Server.CountStatus(429));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task DeliverAsync_ServerError_RetryLater(int status)
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        h.Server.FailNext(status);

        var outcome = await h.Sink.DeliverAsync(channel, [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Contains($"HTTP {status}", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Delivered, (await h.Sink.DeliverAsync(channel, [TestAlerts.Make()], CancellationToken.None)).Status);
    }

    [Fact]
    public async Task DeliverAsync_DeletedWebhook_GoneAndTokenNeverInReasonOrLogs()
    {
        await using var h = await DiscordHarness.StartAsync();
        var url = h.Server.CreateWebhook("c1");
        h.Server.DeleteWebhook(url);

        var outcome = await h.Sink.DeliverAsync(TestAlerts.Webhook(url), [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.DestinationGone, outcome.Status);
        Assert.Contains("10015", outcome.Reason, StringComparison.Ordinal);
        var token = url[(url.LastIndexOf('/') + 1)..];
        Assert.DoesNotContain(token, outcome.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(h.Logs.GetSnapshot());
        Assert.All(h.Logs.GetSnapshot(), r => Assert.DoesNotContain(token, r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverAsync_GoneWebhookAgain_NoSecondRequestUntilTheUrlChanges()
    {
        await using var h = await DiscordHarness.StartAsync();
        var url = h.Server.CreateWebhook("c1");
        h.Server.DeleteWebhook(url);
        await h.Sink.DeliverAsync(TestAlerts.Webhook(url), [TestAlerts.Make(id: "a")], CancellationToken.None);

        var again = await h.Sink.DeliverAsync(TestAlerts.Webhook(url), [TestAlerts.Make(id: "b")], CancellationToken.None);
        var replaced = await h.Sink.DeliverAsync(TestAlerts.Webhook(h.Server.CreateWebhook("c1")), [TestAlerts.Make(id: "b")], CancellationToken.None);

        Assert.Equal(DeliveryStatus.DestinationGone, again.Status);
        Assert.Equal(DeliveryStatus.Delivered, replaced.Status);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task DeliverAsync_WrongWebhookToken_Gone()
    {
        await using var h = await DiscordHarness.StartAsync();
        var url = h.Server.CreateWebhook("c1");

        var outcome = await h.Sink.DeliverAsync(TestAlerts.Webhook(url[..url.LastIndexOf('/')] + "/wrong"), [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.DestinationGone, outcome.Status);
        Assert.Contains("50027", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_MissingPermissions_HeldNotGoneAndTriedAgainNextTime()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        h.Server.FailNext(403, code: 50013);

        var held = await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "a")], CancellationToken.None);
        var granted = await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "a")], CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermissionMissing, held.Status);
        Assert.Equal((403, 50013), (held.StatusCode, held.ErrorCode));
        Assert.Equal(DeliveryStatus.Delivered, granted.Status);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(405)]
    [InlineData(418)]
    public async Task DeliverAsync_StatusWithoutAKnownCode_UnexpectedAndTheChannelStaysUsable(int status)
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        h.Server.FailNext(status);

        var unexpected = await h.Sink.DeliverAsync(channel, TestAlerts.Many(3), CancellationToken.None);
        var next = await h.Sink.DeliverAsync(channel, TestAlerts.Many(3), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Unexpected, unexpected.Status);
        Assert.Contains($"HTTP {status}", unexpected.Reason, StringComparison.Ordinal);
        Assert.Null(unexpected.ErrorCode);
        Assert.Equal(DeliveryStatus.Delivered, next.Status);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task DeliverAsync_BatchRejected_FirstAlertResentAlone()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        h.Server.FailNext(400);

        var outcome = await h.Sink.DeliverAsync(channel, TestAlerts.Many(4), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Equal(1, outcome.DeliveredCount);
        Assert.Single(Assert.Single(h.Server.Messages).Embeds);
    }

    [Fact]
    public async Task DeliverAsync_FeedTextWithMentions_NothingPingsAndNothingRendersAsMention()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        var alert = TestAlerts.Make(title: "@everyone @here <@123456789012345678> <@&123456789012345678>", summary: "Lees @everyone en <@123456789012345678> over dijkversterking", severity: Severity.Critical);

        await h.Sink.DeliverAsync(channel, [alert], CancellationToken.None);

        var message = Assert.Single(h.Server.Messages);
        Assert.False(message.PingedEveryone);
        Assert.Empty(message.PingedUsers);
        Assert.Empty(message.PingedRoles);
        var json = message.Payload.ToJsonString();
        Assert.DoesNotContain("<@1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", json, StringComparison.Ordinal);
        Assert.Equal("[]", message.Payload["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task DeliverAsync_ConfiguredRoleMention_OnlyThatRolePingsAndOnlyFromMinSeverity()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("c1")) with
        {
            Mention = new ChannelMention(["111111111111111111"], [], Severity.High),
        };

        await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "low", severity: Severity.Low)], CancellationToken.None);
        await h.Sink.DeliverAsync(channel, [TestAlerts.Make(id: "high", severity: Severity.High, title: "<@&999999999999999999> ook")], CancellationToken.None);

        var messages = h.Server.Messages;
        Assert.Empty(messages[0].PingedRoles);
        Assert.Equal(["111111111111111111"], messages[1].PingedRoles);
        Assert.False(messages[1].PingedEveryone);
    }

    [Fact]
    public async Task DeliverAsync_ForumAndThread_ThreadNameOrThreadIdSent()
    {
        await using var h = await DiscordHarness.StartAsync();
        var forum = TestAlerts.Webhook(h.Server.CreateWebhook("forum1", forum: true)) with { Forum = true };
        var thread = TestAlerts.Webhook(h.Server.CreateWebhook("c2"), "c2") with { ThreadId = "777" };

        var posted = await h.Sink.DeliverAsync(forum, [TestAlerts.Make()], CancellationToken.None);
        var threaded = await h.Sink.DeliverAsync(thread, [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, posted.Status);
        Assert.Equal(DeliveryStatus.Delivered, threaded.Status);
        var forumPost = h.Server.Messages[0];
        Assert.Equal("Kabinet bespreekt nieuwe maatregelen tegen overstromingen", forumPost.ThreadName);
        Assert.Equal(forumPost.Id, forumPost.ChannelId);
        Assert.Equal("777", h.Server.Messages[1].ChannelId);
        Assert.Contains("thread_id=777", h.Server.Requests[1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_ForumWithoutForumFlag_Rejected()
    {
        await using var h = await DiscordHarness.StartAsync();
        var channel = TestAlerts.Webhook(h.Server.CreateWebhook("forum1", forum: true));

        var outcome = await h.Sink.DeliverAsync(channel, [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.Rejected, outcome.Status);
        Assert.Contains("220001", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_BotChannel_AuthorizationBotAndNonceDeduplicatesARetry()
    {
        await using var h = await DiscordHarness.StartAsync();
        var token = h.Server.CreateBotToken();
        h.Server.CreateChannel("123456789012345678");
        var channel = new ChannelDefinition("c1", null) { BotToken = new Secret(token), DiscordChannelId = "123456789012345678" };

        var first = await h.Sink.DeliverAsync(channel, TestAlerts.Many(2), CancellationToken.None);
        var retry = await h.Sink.DeliverAsync(channel, TestAlerts.Many(2), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, first.Status);
        Assert.Equal(first.MessageId, retry.MessageId);
        Assert.Single(h.Server.Messages);
        Assert.Equal($"Bot {token}", h.Server.Requests[0].Authorization);
        Assert.Equal("/api/v10/channels/123456789012345678/messages", h.Server.Requests[0].Path);
        Assert.Equal(25, h.Server.Messages[0].Nonce!.Length);
    }

    [Fact]
    public async Task DeliverAsync_BotTokenRejected_AdminAlertAndNoFurtherRequests()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Server.CreateChannel("123");
        var channel = new ChannelDefinition("c1", null) { BotToken = new Secret("not-a-valid-token"), DiscordChannelId = "123" };

        var first = await h.Sink.DeliverAsync(channel, [TestAlerts.Make()], CancellationToken.None);
        var second = await h.Sink.DeliverAsync(channel, [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, first.Status);
        Assert.Equal(DeliveryStatus.RetryLater, second.Status);
        Assert.Single(h.Server.Requests);
        Assert.Equal(RateLimitAlarm.TokenRejected, Assert.Single(h.Admin.Alerts).Alarm);
        Assert.All(h.Logs.GetSnapshot(), r => Assert.DoesNotContain("not-a-valid-token", r.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(403)]
    public async Task DeliverAsync_CloudflareBan_PausesAllTrafficAndRaisesAdminAlert(int status)
    {
        await using var h = await DiscordHarness.StartAsync();
        var a = TestAlerts.Webhook(h.Server.CreateWebhook("c1"));
        var b = TestAlerts.Webhook(h.Server.CreateWebhook("c2"), "c2");
        h.Server.Ban(TimeSpan.FromHours(1), status);

        var banned = await h.Sink.DeliverAsync(a, [TestAlerts.Make()], CancellationToken.None);
        var other = await h.Sink.DeliverAsync(b, [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, banned.Status);
        Assert.Equal(TimeSpan.FromMinutes(30), banned.RetryAfter);
        Assert.Equal(DeliveryStatus.RetryLater, other.Status);
        Assert.Single(h.Server.Requests);
        Assert.Equal(RateLimitAlarm.Banned, Assert.Single(h.Admin.Alerts).Alarm);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
    }

    [Fact]
    public async Task DeliverAsync_NotAWebhookUrl_GoneWithoutRequest()
    {
        await using var h = await DiscordHarness.StartAsync();

        var outcome = await h.Sink.DeliverAsync(TestAlerts.Webhook("https://example.org/hooks/x"), [TestAlerts.Make()], CancellationToken.None);

        Assert.Equal(DeliveryStatus.DestinationGone, outcome.Status);
        Assert.Empty(h.Server.Requests);
    }

    [Fact]
    public async Task CanDeliver_EmptyWebhook_LeavesItToTheConsole()
    {
        await using var h = await DiscordHarness.StartAsync();

        Assert.False(h.Sink.CanDeliver(new ChannelDefinition("c", new Secret(string.Empty))));
        Assert.False(h.Sink.CanDeliver(new ChannelDefinition("c", null)));
        Assert.True(h.Sink.CanDeliver(TestAlerts.Webhook("https://discord.com/api/webhooks/1/t")));
        Assert.True(h.Sink.CanDeliver(new ChannelDefinition("c", null) { BotToken = new Secret("t"), DiscordChannelId = "1" }));
    }
}
