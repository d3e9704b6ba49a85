using System.Text.Json.Nodes;

namespace Monitor.TestKit.Discord;

/// <summary>Discord's message validation as the test server applies it: limits, empty messages, allowed_mentions rules, forum rules.</summary>
/// <remarks>Lengths are counted in UTF-16 units, which is never below Discord's own count: what passes here passes on Discord.</remarks>
public static class DiscordPayloadValidator
{
    private static readonly string[] ParseValues = ["roles", "users", "everyone"];

    /// <summary>Validates a body. Returns <see langword="null"/> when valid, else (JSON code, message, error tree or null).</summary>
    public static (int Code, string Message, JsonObject? Errors)? Validate(JsonObject body, bool isEdit, bool isForum, bool hasThreadId, bool isWebhook)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<(string Path, string Code, string Message)>();
        var content = (string?)body["content"];
        if (content is { Length: > 2000 })
        {
            errors.Add(("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
        }

        var embeds = body["embeds"] as JsonArray;
        if (embeds is { Count: > 10 })
        {
            errors.Add(("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."));
        }

        var total = 0;
        for (var i = 0; embeds is not null && i < embeds.Count; i++)
        {
            total += ValidateEmbed(embeds[i] as JsonObject, $"embeds.{i}", errors);
        }

        if (total > 6000)
        {
            errors.Add(("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"));
        }

        ValidateMentions(body["allowed_mentions"], errors);
        if (body["nonce"] is JsonValue nonce && nonce.ToString().Length > 25)
        {
            errors.Add(("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
        }

        if (body["thread_name"] is JsonValue threadName && ((string?)threadName)?.Length is 0 or > 100)
        {
            errors.Add(("thread_name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
        }

        if (errors.Count > 0)
        {
            return (50035, "Invalid Form Body", Tree(errors));
        }

        if (!isEdit && string.IsNullOrEmpty(content) && (embeds is null || embeds.Count == 0))
        {
            return (50006, "Cannot send an empty message", null);
        }

        if (isWebhook && !isEdit)
        {
            var hasName = body["thread_name"] is not null;
            switch (isForum)
            {
                case true when !hasName && !hasThreadId:
                    return (220001, "Webhooks posted to forum channels must have a thread_name or thread_id", null);
                case true when hasName && hasThreadId:
                    return (220002, "Webhooks can post to either a thread_id or a thread_name, not both", null);
                case false when hasName:
                    return (220003, "Webhooks can only create threads in forum channels", null);
            }
        }

        return null;
    }

    private static int ValidateEmbed(JsonObject? embed, string path, List<(string, string, string)> errors)
    {
        if (embed is null)
        {
            errors.Add((path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"));
            return 0;
        }

        var total = Text(embed["title"], $"{path}.title", 256, errors) + Text(embed["description"], $"{path}.description", 4096, errors);
        total += Text(embed["footer"]?["text"], $"{path}.footer.text", 2048, errors) + Text(embed["author"]?["name"], $"{path}.author.name", 256, errors);
        if (embed["color"] is JsonValue color && (!color.TryGetValue<long>(out var c) || c < 0 || c > 0xFFFFFF))
        {
            errors.Add(($"{path}.color", "NUMBER_TYPE_MAX", "int value should be less than or equal to 16777215."));
        }

        if (embed["fields"] is JsonArray fields)
        {
            if (fields.Count > 25)
            {
                errors.Add(($"{path}.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
            }

            for (var i = 0; i < fields.Count; i++)
            {
                var name = (string?)fields[i]?["name"];
                var value = (string?)fields[i]?["value"];
                if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(value))
                {
                    errors.Add(($"{path}.fields.{i}", "BASE_TYPE_REQUIRED", "This field is required"));
                }

                total += Text(fields[i]?["name"], $"{path}.fields.{i}.name", 256, errors) + Text(fields[i]?["value"], $"{path}.fields.{i}.value", 1024, errors);
            }
        }

        return total;
    }

    private static int Text(JsonNode? node, string path, int max, List<(string, string, string)> errors)
    {
        var text = ((string?)node)?.Trim() ?? string.Empty;
        if (text.Length > max)
        {
            errors.Add((path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length."));
        }

        return text.Length;
    }

    private static void ValidateMentions(JsonNode? node, List<(string, string, string)> errors)
    {
        if (node is not JsonObject mentions)
        {
            return;
        }

        var parse = (mentions["parse"] as JsonArray)?.Select(p => (string?)p).ToList() ?? [];
        foreach (var value in parse.Where(p => !ParseValues.Contains(p)))
        {
            errors.Add(("allowed_mentions.parse", "BASE_TYPE_CHOICES", $"Value '{value}' is not a valid enum value."));
        }

        foreach (var kind in new[] { "roles", "users" })
        {
            var list = mentions[kind] as JsonArray;
            if (list is { Count: > 0 } && parse.Contains(kind))
            {
                errors.Add(("allowed_mentions", "MUTUALLY_EXCLUSIVE", $"parse:[\"{kind}\"] and {kind}: [ids...] are mutually exclusive."));
            }

            if (list is { Count: > 100 })
            {
                errors.Add(($"allowed_mentions.{kind}", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length."));
            }
        }
    }

    private static JsonObject Tree(List<(string Path, string Code, string Message)> errors)
    {
        var root = new JsonObject();
        foreach (var (path, code, message) in errors)
        {
            var node = root;
            foreach (var part in path.Split('.'))
            {
                if (node[part] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[part] = child;
                }

                node = child;
            }

            if (node["_errors"] is not JsonArray list)
            {
                list = [];
                node["_errors"] = list;
            }

            list.Add(new JsonObject { ["code"] = code, ["message"] = message });
        }

        return root;
    }
}
