using System.Text.Json.Nodes;

namespace Monitor.Discord.Interactions;

/// <summary>
/// Decides whether the registered commands already match the desired ones: the same number, and every field Monitor sends has the same
/// value in Discord's copy (fields Discord adds, such as <c>id</c> and <c>version</c>, are ignored; a field Discord leaves out matches
/// <see langword="false"/> or an empty list).
/// </summary>
internal static class CommandComparer
{
    public static bool Same(JsonArray desired, JsonArray current)
    {
        if (desired.Count != current.Count)
        {
            return false;
        }

        foreach (var command in desired.OfType<JsonObject>())
        {
            var name = (string?)command["name"];
            var match = current.OfType<JsonObject>().FirstOrDefault(c => (string?)c["name"] == name);
            if (match is null || !Covers(command, match))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covers(JsonNode? desired, JsonNode? current) => (desired, current) switch
    {
        (JsonObject d, JsonObject c) => d.All(p => c.TryGetPropertyValue(p.Key, out var value) ? Covers(p.Value, value) : IsDefault(p.Value)),
        (JsonArray d, JsonArray c) => d.Count == c.Count && d.Zip(c).All(pair => Covers(pair.First, pair.Second)),
        (JsonValue d, JsonValue c) => d.ToJsonString() == c.ToJsonString(),
        (null, null) => true,
        _ => false,
    };

    private static bool IsDefault(JsonNode? value) =>
        value is null || value is JsonArray { Count: 0 } || (value is JsonValue v && v.TryGetValue<bool>(out var b) && !b);
}
