using Monitor.Discord.Models;
using Monitor.Discord.Rest;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    [Fact]
    public async Task EditWebhookMessageAsync_SentMessage_ContentReplaced()
    {
        await using var h = await DiscordHarness.StartAsync();
        var webhook = WebhookAddress.TryParse(new Secret(h.Server.CreateWebhook("c1")))!;
        var sent = await h.Client.ExecuteWebhookAsync(webhook, new DiscordMessage { Content = "eerste" }, null, CancellationToken.None);

        var edited = await h.Client.EditWebhookMessageAsync(webhook, sent.Message!.Id, new DiscordMessage { Content = "bijgewerkt" }, null, CancellationToken.None);

        Assert.True(edited.Succeeded);
        var message = Assert.Single(h.Server.Messages);
        Assert.Equal("bijgewerkt", message.Content);
        Assert.Equal(1, message.Edits);
        Assert.Equal("PATCH", h.Server.Requests[^1].Method);
    }

    [Fact]
    public async Task EditMessageAsync_BotMessage_EditedAndUnknownMessageIsInvalid()
    {
        await using var h = await DiscordHarness.StartAsync();
        var token = new Secret(h.Server.CreateBotToken());
        h.Server.CreateChannel("55");
        var sent = await h.Client.CreateMessageAsync(token, "55", new DiscordMessage { Content = "hallo" }, CancellationToken.None);

        var edited = await h.Client.EditMessageAsync(token, "55", sent.Message!.Id, new DiscordMessage { Content = "dag" }, CancellationToken.None);
        var unknown = await h.Client.EditMessageAsync(token, "55", "1", new DiscordMessage { Content = "dag" }, CancellationToken.None);

        Assert.True(edited.Succeeded);
        Assert.Equal("dag", Assert.Single(h.Server.Messages).Content);
        Assert.Equal(DiscordFailureKind.Invalid, unknown.Failure);
        Assert.Equal(10008, unknown.Error!.Code);
    }

    [Fact]
    public async Task ExecuteWebhookAsync_InvalidPayload_ErrorTreeFlattenedIntoReason()
    {
        await using var h = await DiscordHarness.StartAsync();
        var webhook = WebhookAddress.TryParse(new Secret(h.Server.CreateWebhook("c1")))!;
        var tooLong = new DiscordMessage { Embeds = [new DiscordEmbed { Title = new string('x', 300), Description = "d" }] };

        var result = await h.Client.ExecuteWebhookAsync(webhook, tooLong, null, CancellationToken.None);

        Assert.Equal(DiscordFailureKind.Invalid, result.Failure);
        Assert.Equal(400, result.StatusCode);
        Assert.Equal(["embeds.0.title: BASE_TYPE_MAX_LENGTH"], result.Error!.Errors);
        Assert.Contains("embeds.0.title: BASE_TYPE_MAX_LENGTH", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"parse": ["users"], "users": ["1"]}""", "allowed_mentions: MUTUALLY_EXCLUSIVE")]
    [InlineData("""{"parse": ["all"]}""", "allowed_mentions.parse: BASE_TYPE_CHOICES")]
    public async Task TestServer_BadAllowedMentions_400WithErrorTree(string allowedMentions, string expected)
    {
        await using var h = await DiscordHarness.StartAsync();
        using var http = new HttpClient();
        var url = h.Server.CreateWebhook("c1") + "?wait=true";
        using var body = new StringContent($$"""{"content": "x", "allowed_mentions": {{allowedMentions}}}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri(url), body);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains(expected, DiscordError.TryParse(await response.Content.ReadAsStringAsync())!.Errors);
    }

    [Fact]
    public async Task ExecuteWebhookAsync_CallerCancels_SlotReleasedForTheNextRequest()
    {
        await using var h = await DiscordHarness.StartAsync();
        var webhook = WebhookAddress.TryParse(new Secret(h.Server.CreateWebhook("c1")))!;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.ExecuteWebhookAsync(webhook, new DiscordMessage { Content = "x" }, null, cancelled.Token));
        var next = await h.Client.ExecuteWebhookAsync(webhook, new DiscordMessage { Content = "y" }, null, CancellationToken.None);

        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task ExecuteWebhookAsync_ServerUnreachable_TransientWithoutToken()
    {
        await using var h = await DiscordHarness.StartAsync();
        const string url = "http://127.0.0.1:1/api/webhooks/1/tok-unreachable"; // nothing listens on port 1

        var result = await h.Client.ExecuteWebhookAsync(WebhookAddress.TryParse(new Secret(url))!, new DiscordMessage { Content = "x" }, null, CancellationToken.None);

        Assert.Equal(DiscordFailureKind.Transient, result.Failure);
        Assert.StartsWith("network error", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestServer_EmptyMessage_50006()
    {
        await using var h = await DiscordHarness.StartAsync();
        var webhook = WebhookAddress.TryParse(new Secret(h.Server.CreateWebhook("c1")))!;

        var result = await h.Client.ExecuteWebhookAsync(webhook, new DiscordMessage(), null, CancellationToken.None);

        Assert.Equal(50006, result.Error!.Code);
    }
}
