using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Monitor.TestKit.Discord;

/// <summary><c>GET /gateway/bot</c>, the application, command registration and DM channels.</summary>
public sealed partial class DiscordTestServer
{
    private readonly Dictionary<string, JsonArray> commands = new(StringComparer.Ordinal); // "global" or guild id → commands
    private readonly Dictionary<string, string> dmChannels = new(StringComparer.Ordinal); // user id → channel id

    /// <summary>Gets or sets the application id of every bot token.</summary>
    public string ApplicationId { get; set; } = "1234567890123456789";

    /// <summary>Gets or sets the Gateway URL <c>GET /gateway/bot</c> answers (set by <see cref="GatewayTestServer"/>).</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Gets or sets the sessions left in <c>session_start_limit</c> (each IDENTIFY takes one).</summary>
    public int SessionStartRemaining { get; set; } = 1000;

    /// <summary>Gets or sets <c>session_start_limit.reset_after</c>.</summary>
    public TimeSpan SessionStartResetAfter { get; set; } = TimeSpan.FromHours(20);

    /// <summary>Gets how many bulk overwrites (<c>PUT …/commands</c>) were accepted, global and per guild together.</summary>
    public int CommandOverwrites { get; private set; }

    /// <summary>Returns whether <paramref name="token"/> is a bot token this server issued.</summary>
    public bool IsBotToken(string? token)
    {
        lock (gate)
        {
            return token is not null && botTokens.Contains(token);
        }
    }

    /// <summary>Takes one session start; returns <see langword="false"/> when none is left.</summary>
    public bool TakeSessionStart()
    {
        lock (gate)
        {
            if (SessionStartRemaining <= 0)
            {
                return false;
            }

            SessionStartRemaining--;
            return true;
        }
    }

    /// <summary>Returns the registered commands, global (<paramref name="guildId"/> null) or of a guild.</summary>
    public JsonArray CommandsOf(string? guildId = null)
    {
        lock (gate)
        {
            return commands.TryGetValue(guildId ?? "global", out var list) ? (JsonArray)list.DeepClone() : [];
        }
    }

    /// <summary>Returns the DM channel opened with <paramref name="userId"/>, or <see langword="null"/>.</summary>
    public string? DmChannelOf(string userId)
    {
        lock (gate)
        {
            return dmChannels.GetValueOrDefault(userId);
        }
    }

    private Reply? RouteApplication(string[] segments, HttpRequest request, string body)
    {
        var path = string.Join('/', segments.SkipWhile(s => s is "api" or "v10"));
        var auth = request.Headers.Authorization.ToString();
        var isBot = auth.StartsWith("Bot ", StringComparison.Ordinal) && botTokens.Contains(auth[4..]);
        if (path == "gateway/bot" && request.Method == "GET")
        {
            return !isBot ? Error(401, 0, "401: Unauthorized") : new Reply(200, GatewayBot(), []);
        }

        if (path == "oauth2/applications/@me" && request.Method == "GET")
        {
            return !isBot ? Error(401, 0, "401: Unauthorized") : new Reply(200, new JsonObject { ["id"] = ApplicationId, ["name"] = "Monitor", ["bot_public"] = false }, []);
        }

        if (path == "users/@me/channels" && request.Method == "POST")
        {
            return !isBot ? Error(401, 0, "401: Unauthorized") : OpenDm(request, body);
        }

        var match = CommandsPath().Match(path);
        if (match.Success)
        {
            if (!isBot)
            {
                return Error(401, 0, "401: Unauthorized");
            }

            if (match.Groups["app"].Value != ApplicationId)
            {
                return Error(403, 50001, "Missing Access");
            }

            var scope = match.Groups["guild"].Success ? match.Groups["guild"].Value : "global";
            return request.Method switch
            {
                "GET" => new Reply(200, commands.TryGetValue(scope, out var list) ? list.DeepClone() : new JsonArray(), []),
                "PUT" => OverwriteCommands(scope, match.Groups["guild"].Success ? scope : null, request, body),
                _ => Error(405, 0, "405: Method Not Allowed"),
            };
        }

        return null;
    }

    private JsonObject GatewayBot() => new()
    {
        ["url"] = GatewayUrl?.AbsoluteUri.TrimEnd('/') ?? "ws://127.0.0.1:1",
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000,
            ["remaining"] = SessionStartRemaining,
            ["reset_after"] = (long)SessionStartResetAfter.TotalMilliseconds,
            ["max_concurrency"] = 1,
        },
    };

    private Reply OpenDm(HttpRequest request, string body)
    {
        if (Parse(request, body)?["recipient_id"]?.ToString() is not { Length: > 0 } userId)
        {
            return Error(400, 50035, "Invalid Form Body", errors: new JsonObject { ["recipient_id"] = Problem("BASE_TYPE_REQUIRED", "This field is required") });
        }

        if (!dmChannels.TryGetValue(userId, out var channelId))
        {
            channelId = NextId();
            dmChannels[userId] = channelId;
            channels[channelId] = false;
        }

        return new Reply(200, new JsonObject { ["id"] = channelId, ["type"] = 1, ["recipients"] = new JsonArray(new JsonObject { ["id"] = userId }) }, []);
    }

    private Reply OverwriteCommands(string scope, string? guildId, HttpRequest request, string body)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true || !IsJsonArray(body))
        {
            return Error(400, 50109, "The request body contains invalid JSON.");
        }

        var list = (JsonArray)JsonNode.Parse(body)!;
        var errors = new JsonObject();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject command || CommandProblem(command) is not { } problem)
            {
                continue;
            }

            errors[i.ToString(CultureInfo.InvariantCulture)] = new JsonObject { [problem.Field] = Problem(problem.Code, problem.Message) };
        }

        if (errors.Count > 0 || list.Count > 100)
        {
            return Error(400, 50035, "Invalid Form Body", errors: errors);
        }

        var stored = new JsonArray();
        var existing = commands.TryGetValue(scope, out var old) ? old : [];
        foreach (var command in list.Cast<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            var previous = existing.OfType<JsonObject>().FirstOrDefault(c => (string?)c["name"] == (string?)copy["name"]);
            copy["id"] = previous?["id"]?.DeepClone() ?? NextId();
            copy["application_id"] = ApplicationId;
            copy["version"] = NextId();
            copy["type"] ??= 1;
            if (guildId is not null)
            {
                copy["guild_id"] = guildId;
            }

            stored.Add(copy);
        }

        commands[scope] = stored;
        CommandOverwrites++;
        return new Reply(200, stored.DeepClone(), []);
    }

    private static (string Field, string Code, string Message)? CommandProblem(JsonObject command)
    {
        var name = (string?)command["name"] ?? string.Empty;
        if (!CommandName().IsMatch(name) || name != name.ToLowerInvariant())
        {
            return ("name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }

        var type = (int?)command["type"] ?? 1;
        var description = (string?)command["description"] ?? string.Empty;
        if (type == 1 && description.Length is < 1 or > 100)
        {
            return ("description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        var options = command["options"] as JsonArray ?? [];
        if (options.Count > 25)
        {
            return ("options", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }

        var seenOptional = false;
        foreach (var option in options.OfType<JsonObject>())
        {
            var required = option["required"] is JsonValue r && r.GetValue<bool>();
            if (required && seenOptional)
            {
                return ("options", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            seenOptional |= !required;
            if (option["autocomplete"] is JsonValue a && a.GetValue<bool>() && option["choices"] is JsonArray { Count: > 0 })
            {
                return ("options", "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE", "Autocomplete cannot be set with choices");
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();

    [GeneratedRegex(@"^applications/(?<app>[0-9]+)(/guilds/(?<guild>[0-9]+))?/commands$")]
    private static partial Regex CommandsPath();
}
