using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Monitor.TestKit.Discord;

/// <summary>Request handling.</summary>
public sealed partial class DiscordTestServer
{
    private const string BanPage = "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body>error code: 1015</body></html>";
    private readonly Dictionary<string, DateTimeOffset> channelClosedUntil = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> channelPosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FixedWindow> botWindows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> globalWindows = new(StringComparer.Ordinal);
    private int banStatus = 429;

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = context.Request;
        Reply reply;
        lock (gate)
        {
            var now = time.GetUtcNow();
            reply = Route(request, body, now);
            requests.Add(new DiscordTestRequest(
                request.Method,
                request.Path + request.QueryString,
                body,
                request.Headers.UserAgent.ToString(),
                request.Headers.Authorization.Count == 0 ? null : request.Headers.Authorization.ToString(),
                request.ContentType,
                reply.Status,
                reply.Scope,
                now));
        }

        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Html is not null)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(reply.Html);
        }
        else if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body.ToJsonString());
        }
    }

    private Reply Route(HttpRequest request, string body, DateTimeOffset now)
    {
        if (BannedUntil > now)
        {
            return new Reply(banStatus, null, [], Html: BanPage);
        }

        if (failures.TryDequeue(out var failure) || OutageStatus is { } outage && (failure = outage) > 0)
        {
            return Error(failure, 0, $"{failure.ToString(CultureInfo.InvariantCulture)}: Server Error");
        }

        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var w = Array.IndexOf(segments, "webhooks");
        if (w >= 0 && segments.Length >= w + 3)
        {
            var messageId = segments.Length >= w + 5 && segments[w + 3] == "messages" ? segments[w + 4] : null;
            return request.Method switch
            {
                "POST" when messageId is null && segments.Length == w + 3 => ExecuteWebhook(segments[w + 1], segments[w + 2], request, body, now),
                "PATCH" when messageId is not null => EditWebhookMessage(segments[w + 1], segments[w + 2], messageId, request, body, now),
                _ => Error(405, 0, "405: Method Not Allowed"),
            };
        }

        var c = Array.IndexOf(segments, "channels");
        if (c >= 0 && segments.Length >= c + 3 && segments[c + 2] == "messages")
        {
            var messageId = segments.Length >= c + 4 ? segments[c + 3] : null;
            return request.Method switch
            {
                "POST" when messageId is null => CreateMessage(segments[c + 1], request, body, now),
                "PATCH" when messageId is not null => EditBotMessage(segments[c + 1], messageId, request, body, now),
                _ => Error(405, 0, "405: Method Not Allowed"),
            };
        }

        return Error(404, 0, "404: Not Found");
    }

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

    private Reply Edit(DiscordTestMessage message, HttpRequest request, string body, Dictionary<string, string> headers, bool isWebhook)
    {
        if (Parse(request, body) is not { } payload)
        {
            return Error(400, 50109, "The request body contains invalid JSON.", headers);
        }

        if (DiscordPayloadValidator.Validate(payload, isEdit: true, isForum: false, hasThreadId: false, isWebhook) is { } invalid)
        {
            return Error(400, invalid.Code, invalid.Message, headers, invalid.Errors);
        }

        foreach (var (key, value) in payload)
        {
            message.Payload[key] = value?.DeepClone();
        }

        message.Edits++;
        ComputePings(message, isWebhook);
        return new Reply(200, ToJson(message), headers);
    }

    private static JsonObject? Parse(HttpRequest request, string body)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private DiscordTestMessage Store(JsonObject payload, string channelId, string messageId, string? webhookId, string? threadName, string? nonce, bool isWebhook, DateTimeOffset now)
    {
        var message = new DiscordTestMessage
        {
            Id = messageId,
            ChannelId = channelId,
            WebhookId = webhookId,
            ThreadName = threadName,
            Nonce = nonce,
            Payload = (JsonObject)payload.DeepClone(),
            CreatedAt = now,
        };
        ComputePings(message, isWebhook);
        messages.Add(message);
        return message;
    }

    private static void ComputePings(DiscordTestMessage message, bool isWebhook)
    {
        var content = message.Content ?? string.Empty;
        var allowed = message.Payload["allowed_mentions"] as JsonObject;
        var parse = allowed is null
            ? (isWebhook ? ["users"] : new List<string> { "users", "roles", "everyone" })
            : (allowed["parse"] as JsonArray)?.Select(p => (string?)p ?? string.Empty).ToList() ?? [];
        var allowedUsers = (allowed?["users"] as JsonArray)?.Select(u => (string?)u).ToHashSet() ?? [];
        var allowedRoles = (allowed?["roles"] as JsonArray)?.Select(u => (string?)u).ToHashSet() ?? [];
        var users = UserMention().Matches(content).Select(m => m.Groups[1].Value).Distinct().ToList();
        var roles = RoleMention().Matches(content).Select(m => m.Groups[1].Value).Distinct().ToList();
        message.PingedUsers = users.Where(u => parse.Contains("users") || allowedUsers.Contains(u)).ToList();
        message.PingedRoles = roles.Where(r => parse.Contains("roles") || allowedRoles.Contains(r)).ToList();
        message.PingedEveryone = parse.Contains("everyone") && EveryoneMention().IsMatch(content);
    }

    private static JsonObject ToJson(DiscordTestMessage message) => new()
    {
        ["id"] = message.Id,
        ["type"] = 0,
        ["channel_id"] = message.ChannelId,
        ["webhook_id"] = message.WebhookId,
        ["nonce"] = message.Nonce,
        ["content"] = message.Content ?? string.Empty,
        ["embeds"] = message.Payload["embeds"]?.DeepClone() ?? new JsonArray(),
        ["timestamp"] = message.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["author"] = new JsonObject { ["id"] = message.WebhookId ?? "1", ["username"] = "Monitor", ["bot"] = true },
    };

    private static Reply Error(int status, int code, string message, Dictionary<string, string>? headers = null, JsonObject? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return new Reply(status, body, headers ?? []);
    }

    private static Queue<DateTimeOffset> Queue(Dictionary<string, Queue<DateTimeOffset>> queues, string key) =>
        queues.TryGetValue(key, out var queue) ? queue : queues[key] = new Queue<DateTimeOffset>();

    [GeneratedRegex(@"<@!?([0-9]+)>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"<@&([0-9]+)>")]
    private static partial Regex RoleMention();

    [GeneratedRegex(@"@(everyone|here)\b")]
    private static partial Regex EveryoneMention();
}
