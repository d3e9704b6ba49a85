using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Monitor.TestKit.Discord;

/// <summary>Bot create and edit message, with nonce deduplication.</summary>
public sealed partial class DiscordTestServer
{
    private Reply CreateMessage(string channelId, HttpRequest request, string body, DateTimeOffset now)
    {
        var auth = request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Bot ", StringComparison.Ordinal) || !botTokens.Contains(auth[4..]))
        {
            return Error(401, 0, "401: Unauthorized");
        }

        if (Global(auth, now) is { } global)
        {
            return global;
        }

        if (!channels.TryGetValue(channelId, out var forum))
        {
            return Error(404, 10003, "Unknown Channel");
        }

        var window = botWindows.TryGetValue(channelId, out var existing) ? existing : botWindows[channelId] = new FixedWindow();
        var (limited, headers) = Take(window, options.BotChannelLimit, options.BotChannelWindow, "channel-messages", now);
        if (limited is not null)
        {
            return limited;
        }

        if (Parse(request, body) is not { } payload)
        {
            return Error(400, 50109, "The request body contains invalid JSON.", headers);
        }

        if (forum)
        {
            return Error(400, 40058, "Cannot send messages in a forum channel", headers);
        }

        if (DiscordPayloadValidator.Validate(payload, isEdit: false, isForum: false, hasThreadId: false, isWebhook: false) is { } invalid)
        {
            return Error(400, invalid.Code, invalid.Message, headers, invalid.Errors);
        }

        var nonce = payload["nonce"]?.ToString();
        if (nonce is not null && payload["enforce_nonce"] is JsonValue enforce && enforce.GetValueKind() == JsonValueKind.True)
        {
            var duplicate = messages.Find(m => m.Nonce == nonce && m.ChannelId == channelId && m.CreatedAt + options.NonceWindow > now);
            if (duplicate is not null)
            {
                return new Reply(200, ToJson(duplicate), headers);
            }
        }

        var message = Store(payload, channelId, NextId(), null, null, nonce, isWebhook: false, now);
        return new Reply(200, ToJson(message), headers);
    }

    private Reply EditBotMessage(string channelId, string messageId, HttpRequest request, string body, DateTimeOffset now)
    {
        var auth = request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Bot ", StringComparison.Ordinal) || !botTokens.Contains(auth[4..]))
        {
            return Error(401, 0, "401: Unauthorized");
        }

        if (Global(auth, now) is { } global)
        {
            return global;
        }

        var message = messages.Find(m => m.Id == messageId && m.ChannelId == channelId && m.WebhookId is null);
        return message is null ? Error(404, 10008, "Unknown Message") : Edit(message, request, body, [], isWebhook: false);
    }
}
