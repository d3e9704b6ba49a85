using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.TestKit.Discord;

/// <summary>Execute and edit webhook messages.</summary>
public sealed partial class DiscordTestServer
{
    private Reply ExecuteWebhook(string id, string token, HttpRequest request, string body, DateTimeOffset now)
    {
        if (!webhooks.TryGetValue(id, out var hook) || hook.Deleted)
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        if (!string.Equals(hook.Token, token, StringComparison.Ordinal))
        {
            return Error(401, 50027, "Invalid Webhook Token");
        }

        var (limited, headers) = Take(hook.Window, options.WebhookLimit, options.WebhookWindow, $"webhook-{id}", now);
        if (limited is not null)
        {
            return limited;
        }

        var channelId = hook.ChannelId;
        if (HiddenLimit(channelId, headers, now) is { } shared)
        {
            return shared;
        }

        if (Parse(request, body) is not { } payload)
        {
            return Error(400, 50109, "The request body contains invalid JSON.", headers);
        }

        var threadId = (string?)request.Query["thread_id"];
        var isForum = channels.TryGetValue(channelId, out var forum) && forum;
        if (DiscordPayloadValidator.Validate(payload, isEdit: false, isForum, threadId is not null, isWebhook: true) is { } invalid)
        {
            return Error(400, invalid.Code, invalid.Message, headers, invalid.Errors);
        }

        var messageId = NextId();
        var threadName = (string?)payload["thread_name"];
        var message = Store(payload, threadName is not null ? messageId : threadId ?? channelId, messageId, id, threadName, null, isWebhook: true, now);
        Queue(channelPosts, channelId).Enqueue(now);
        var wait = string.Equals((string?)request.Query["wait"], "true", StringComparison.OrdinalIgnoreCase) || (string?)request.Query["wait"] == "1";
        return wait ? new Reply(200, ToJson(message), headers) : new Reply(204, null, headers);
    }

    private Reply EditWebhookMessage(string id, string token, string messageId, HttpRequest request, string body, DateTimeOffset now)
    {
        if (!webhooks.TryGetValue(id, out var hook) || hook.Deleted)
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        if (!string.Equals(hook.Token, token, StringComparison.Ordinal))
        {
            return Error(401, 50027, "Invalid Webhook Token");
        }

        var (limited, headers) = Take(hook.EditWindow, options.WebhookLimit, options.WebhookWindow, $"webhook-edit-{id}", now);
        if (limited is not null)
        {
            return limited;
        }

        var message = messages.Find(m => m.Id == messageId && m.WebhookId == id);
        return message is null ? Error(404, 10008, "Unknown Message", headers) : Edit(message, request, body, headers, isWebhook: true);
    }
}
