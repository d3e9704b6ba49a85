using Monitor.Discord.Rest;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Tests.Rest;

public sealed class WebhookAddressTests
{
    [Theory]
    [InlineData("https://discord.com/api/webhooks/123/abc-DEF_9", "https://discord.com/api/v10", "123")]
    [InlineData("https://discordapp.com/api/webhooks/123/abc", "https://discordapp.com/api/v10", "123")]
    [InlineData("https://ptb.discord.com/api/v9/webhooks/123/abc", "https://ptb.discord.com/api/v9", "123")]
    [InlineData("http://127.0.0.1:5050/api/webhooks/42/tok", "http://127.0.0.1:5050/api/v10", "42")]
    [InlineData("https://proxy.internal/discord/webhooks/42/tok?x=1", "https://proxy.internal/discord", "42")]
    [InlineData("https://proxy.internal/webhooks/42/tok", "https://proxy.internal", "42")]
    public void TryParse_WebhookUrl_KeepsHostAndBaseAndFindsId(string url, string apiBase, string id)
    {
        var address = WebhookAddress.TryParse(new Secret(url));

        Assert.NotNull(address);
        Assert.Equal(apiBase, address.ApiBase);
        Assert.Equal(id, address.Id);
        Assert.StartsWith($"{apiBase}/webhooks/{id}/", address.ExecuteUri(null).AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith("?wait=true", address.ExecuteUri(null).AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith("?wait=true&thread_id=77", address.ExecuteUri("77").AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("tok", address.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("abc", address.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://discord.com/api/webhooks/1/t")]
    [InlineData("https://discord.com/api/webhooks/1")]
    [InlineData("https://discord.com/api/webhooks/notanid/t")]
    [InlineData("https://discord.com/channels/1/2")]
    public void TryParse_NotAWebhookUrl_Null(string url) => Assert.Null(WebhookAddress.TryParse(new Secret(url)));
}
