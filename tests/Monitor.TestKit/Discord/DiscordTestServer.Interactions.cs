using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Monitor.TestKit.Discord;

/// <summary>Interaction callbacks (3-second deadline, one acknowledgement), followups and <c>@original</c> edits.</summary>
public sealed partial class DiscordTestServer
{
    private static readonly int[] CallbackTypes = [1, 4, 5, 6, 7, 8, 9];
    private readonly Dictionary<string, DiscordTestInteraction> interactions = new(StringComparer.Ordinal);

    /// <summary>Gets or sets how long after its creation an interaction may be acknowledged (Discord: 3 seconds).</summary>
    public TimeSpan InteractionDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Gets every interaction handed out, in order.</summary>
    public IReadOnlyList<DiscordTestInteraction> Interactions
    {
        get
        {
            lock (gate)
            {
                return interactions.Values.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>Creates an interaction (id, token, application id filled in when absent) and starts its 3-second clock; returns the full object.</summary>
    public (DiscordTestInteraction Interaction, JsonObject Body) CreateInteraction(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        lock (gate)
        {
            var copy = (JsonObject)body.DeepClone();
            copy["id"] ??= NextId();
            copy["token"] ??= $"itok-{Guid.NewGuid():N}";
            copy["application_id"] ??= ApplicationId;
            copy["version"] ??= 1;
            var interaction = new DiscordTestInteraction
            {
                Id = (string)copy["id"]!,
                Token = (string)copy["token"]!,
                ApplicationId = (string)copy["application_id"]!,
                CreatedAt = time.GetUtcNow(),
            };
            interactions[interaction.Id] = interaction;
            return (interaction, copy);
        }
    }

    /// <summary>
    /// Records the initial response a bot gave as the body of its answer to an HTTP interaction (what Discord does with it), under the
    /// same rules as the callback endpoint; returns Discord's JSON error code, or 0 when accepted.
    /// </summary>
    public int AcknowledgeHttpInteraction(string interactionId, JsonObject callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (gate)
        {
            if (!interactions.TryGetValue(interactionId, out var interaction))
            {
                return 10062;
            }

            interaction.AcknowledgeAttempts++;
            if (interaction.Callback is not null)
            {
                return 40060;
            }

            var now = time.GetUtcNow();
            if (now > interaction.CreatedAt + InteractionDeadline)
            {
                return 10062;
            }

            interaction.Callback = (JsonObject)callback.DeepClone();
            interaction.AcknowledgedAt = now;
            if ((int?)callback["type"] == 4 && callback["data"] is JsonObject data)
            {
                interaction.Original = (JsonObject)data.DeepClone();
            }

            return 0;
        }
    }

    private Reply InteractionCallback(string id, string token, HttpRequest request, string body, DateTimeOffset now)
    {
        if (!interactions.TryGetValue(id, out var interaction) || interaction.Token != token)
        {
            return Error(404, 10062, "Unknown interaction");
        }

        interaction.AcknowledgeAttempts++;
        if (interaction.Callback is not null)
        {
            return Error(400, 40060, "Interaction has already been acknowledged.");
        }

        if (now > interaction.CreatedAt + InteractionDeadline)
        {
            // Discord invalidates the token when the first response misses the 3-second deadline.
            return Error(404, 10062, "Unknown interaction");
        }

        if (Parse(request, body) is not { } payload)
        {
            return Error(400, 50109, "The request body contains invalid JSON.");
        }

        if (payload["type"] is not JsonValue typeValue || !typeValue.TryGetValue<int>(out var type) || !CallbackTypes.Contains(type))
        {
            return Error(400, 50035, "Invalid Form Body", errors: new JsonObject { ["type"] = Problem("BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9}.") });
        }

        var data = payload["data"] as JsonObject;
        if (type == 4 && (data is null || DiscordPayloadValidator.Validate(data, isEdit: false, isForum: false, hasThreadId: false, isWebhook: true) is { } _))
        {
            var invalid = data is null ? null : DiscordPayloadValidator.Validate(data, isEdit: false, isForum: false, hasThreadId: false, isWebhook: true);
            return Error(400, invalid?.Code ?? 50006, invalid?.Message ?? "Cannot send an empty message", errors: invalid?.Errors);
        }

        if (type == 5 && data?["flags"] is JsonValue flags && (flags.GetValue<int>() & ~64) != 0)
        {
            return Error(400, 50035, "Invalid Form Body", errors: new JsonObject { ["data"] = new JsonObject { ["flags"] = Problem("MESSAGE_FLAGS_INVALID", "Only EPHEMERAL may be set on a deferral.") } });
        }

        if (type == 8 && (data?["choices"] as JsonArray)?.Count > 25)
        {
            return Error(400, 50035, "Invalid Form Body", errors: new JsonObject { ["data"] = new JsonObject { ["choices"] = Problem("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.") } });
        }

        interaction.Callback = (JsonObject)payload.DeepClone();
        interaction.AcknowledgedAt = now;
        if (type == 4)
        {
            interaction.Original = (JsonObject)data!.DeepClone();
        }

        return new Reply(204, null, []);
    }

    private Reply? InteractionWebhook(string applicationId, string token, string? messageId, HttpRequest request, string body)
    {
        var interaction = interactions.Values.FirstOrDefault(i => i.Token == token && i.ApplicationId == applicationId);
        if (interaction is null)
        {
            return null; // not an interaction token: an ordinary webhook
        }

        if (interaction.Callback is null)
        {
            return Error(404, 10015, "Unknown Webhook");
        }

        if (Parse(request, body) is not { } payload)
        {
            return Error(400, 50109, "The request body contains invalid JSON.");
        }

        switch (request.Method, messageId)
        {
            case ("PATCH", "@original"):
                if (interaction.CallbackType is not (4 or 5))
                {
                    return Error(404, 10008, "Unknown Message");
                }

                if (DiscordPayloadValidator.Validate(payload, isEdit: true, isForum: false, hasThreadId: false, isWebhook: true) is { } invalidEdit)
                {
                    return Error(400, invalidEdit.Code, invalidEdit.Message, errors: invalidEdit.Errors);
                }

                interaction.Original ??= [];
                foreach (var (key, value) in payload)
                {
                    interaction.Original[key] = value?.DeepClone();
                }

                interaction.OriginalEdits++;
                return new Reply(200, MessageJson(interaction.Original, interaction.Id), []);
            case ("POST", null):
                if (DiscordPayloadValidator.Validate(payload, isEdit: false, isForum: false, hasThreadId: false, isWebhook: true) is { } invalid)
                {
                    return Error(400, invalid.Code, invalid.Message, errors: invalid.Errors);
                }

                interaction.Followups.Add((JsonObject)payload.DeepClone());
                return new Reply(200, MessageJson(payload, NextId()), []);
            default:
                return Error(405, 0, "405: Method Not Allowed");
        }
    }

    private static JsonObject MessageJson(JsonObject payload, string id)
    {
        var json = (JsonObject)payload.DeepClone();
        json["id"] = id;
        json["type"] = 0;
        return json;
    }

    private static JsonObject Problem(string code, string message) =>
        new() { ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) };

    private static bool IsJsonArray(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonArray;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
