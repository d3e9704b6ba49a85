using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Monitor.Discord.Models;
using Monitor.Discord.RateLimiting;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Rest;

/// <summary>Monitor's Discord REST client: execute/edit webhook messages, create/edit bot messages, every request through the rate limiter.</summary>
/// <remarks>Tokens travel only in the request URI or Authorization header; results and logs carry ids and codes, never a token.</remarks>
public sealed partial class DiscordRestClient(
    IHttpClientFactory httpClientFactory,
    DiscordRateLimiter limiter,
    DiscordOptions options,
    TimeProvider time)
{
    /// <summary>The name of the <see cref="HttpClient"/> registered for Discord.</summary>
    public const string HttpClientName = "Monitor.Discord";

    /// <summary>Posts <paramref name="message"/> through a webhook with <c>wait=true</c> (into <paramref name="threadId"/> when given).</summary>
    public Task<DiscordSendResult> ExecuteWebhookAsync(WebhookAddress webhook, DiscordMessage message, string? threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var route = new DiscordRoute("POST", "/webhooks/{id}/{token}", $"webhook:{webhook.Id}", "ip", IsBot: false, PostsMessage: true);
        return SendAsync(route, HttpMethod.Post, () => webhook.ExecuteUri(threadId), message, botToken: null, cancellationToken);
    }

    /// <summary>Edits a message the webhook sent.</summary>
    public Task<DiscordSendResult> EditWebhookMessageAsync(WebhookAddress webhook, string messageId, DiscordMessage message, string? threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var route = new DiscordRoute("PATCH", "/webhooks/{id}/{token}/messages/{message}", $"webhook:{webhook.Id}", "ip", IsBot: false, PostsMessage: false);
        return SendAsync(route, HttpMethod.Patch, () => webhook.MessageUri(messageId, threadId), message, botToken: null, cancellationToken);
    }

    /// <summary>Creates a message in <paramref name="channelId"/> as the bot (send <see cref="DiscordMessage.Nonce"/> with <see cref="DiscordMessage.EnforceNonce"/> for idempotent retries).</summary>
    public Task<DiscordSendResult> CreateMessageAsync(Secret botToken, string channelId, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botToken);
        var route = new DiscordRoute("POST", "/channels/{channel}/messages", $"channel:{channelId}", BotKey(botToken), IsBot: true, PostsMessage: true);
        return SendAsync(route, HttpMethod.Post, () => new Uri($"{ApiBase}/channels/{channelId}/messages"), message, botToken, cancellationToken);
    }

    /// <summary>Edits a message the bot sent.</summary>
    public Task<DiscordSendResult> EditMessageAsync(Secret botToken, string channelId, string messageId, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botToken);
        var route = new DiscordRoute("PATCH", "/channels/{channel}/messages/{message}", $"channel:{channelId}", BotKey(botToken), IsBot: true, PostsMessage: false);
        return SendAsync(route, HttpMethod.Patch, () => new Uri($"{ApiBase}/channels/{channelId}/messages/{messageId}"), message, botToken, cancellationToken);
    }

    private string ApiBase => options.ApiBaseUrl.AbsoluteUri.TrimEnd('/');

    private static string BotKey(Secret token) =>
        "bot:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.Reveal())).AsSpan(0, 6));

    private static string UserAgent => $"DiscordBot ({Domain.MonitorProject.Url}, {Domain.MonitorProject.Version})";

    private static DiscordSendResult Throttled(RateLimitDecision decision, DateTimeOffset now) => new()
    {
        Failure = decision.Reason == RateLimitWaitReason.Banned ? DiscordFailureKind.Banned
            : decision.Reason == RateLimitWaitReason.TokenRejected ? DiscordFailureKind.Unauthorized
            : DiscordFailureKind.RateLimited,
        RetryAfter = decision.NotBefore == DateTimeOffset.MaxValue ? TimeSpan.FromHours(1) : decision.NotBefore - now,
        Reason = $"held back by the rate limiter ({decision.Reason})",
    };

    private HttpRequestMessage BuildRequest(HttpMethod method, Uri uri, DiscordMessage message, Secret? botToken)
    {
        var request = new HttpRequestMessage(method, uri)
        {
            Content = new StringContent(DiscordJson.Serialize(message), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (botToken is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bot {botToken.Reveal()}");
        }

        return request;
    }
}
