using System.Text.Json;

namespace Monitor.Discord.Models;

/// <summary>Discord's JSON error body, with the nested <c>errors</c> tree flattened into <c>path: CODE</c> lines.</summary>
/// <param name="Code">The JSON error code (for example 50035 Invalid Form Body, 10015 Unknown Webhook); 0 when absent.</param>
/// <param name="Message">Discord's message.</param>
/// <param name="Errors">The flattened error tree, for example <c>embeds.0.title: BASE_TYPE_MAX_LENGTH</c>.</param>
public sealed record DiscordError(int Code, string Message, IReadOnlyList<string> Errors)
{
    /// <summary>Parses an error body; returns <see langword="null"/> when it is not Discord's JSON shape (for example a Cloudflare HTML page).</summary>
    public static DiscordError? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : 0;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? string.Empty : string.Empty;
            var errors = new List<string>();
            if (root.TryGetProperty("errors", out var tree))
            {
                Flatten(tree, string.Empty, errors);
            }

            return new DiscordError(code, message, errors);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Returns a one-line summary safe to log, for example <c>50035 Invalid Form Body: embeds.0.title: BASE_TYPE_MAX_LENGTH</c>.</summary>
    public override string ToString() =>
        Errors.Count == 0 ? $"{Code} {Message}" : $"{Code} {Message}: {string.Join("; ", Errors)}";

    private static void Flatten(JsonElement node, string path, List<string> into)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.ToString() : "UNKNOWN";
                    into.Add($"{(path.Length == 0 ? "(request)" : path)}: {code}");
                }
            }
            else
            {
                Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", into);
            }
        }
    }
}
