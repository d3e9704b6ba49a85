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

        if (failures.TryDequeue(out var failure) || OutageStatus is { } outage && (failure = (outage, 0)).Status > 0)
        {
            return Error(failure.Status, failure.Code, $"{failure.Status.ToString(CultureInfo.InvariantCulture)}: {(failure.Code == 0 ? "Server Error" : "Error " + failure.Code.ToString(CultureInfo.InvariantCulture))}");
        }

        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var i = Array.IndexOf(segments, "interactions");
        if (i >= 0 && segments.Length == i + 4 && segments[i + 3] == "callback" && request.Method == "POST")
        {
            return InteractionCallback(segments[i + 1], segments[i + 2], request, body, now);
        }

        if (RouteApplication(segments, request, body) is { } application)
        {
            return application;
        }

        var w = Array.IndexOf(segments, "webhooks");
        if (w >= 0 && segments.Length >= w + 3)
        {
            var messageId = segments.Length >= w + 5 && segments[w + 3] == "messages" ? segments[w + 4] : null;
            if (InteractionWebhook(segments[w + 1], segments[w + 2], messageId, request, body) is { } followup)
            {
                return followup;
            }

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
