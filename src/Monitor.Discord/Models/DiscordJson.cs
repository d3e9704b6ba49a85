using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitor.Discord.Models;

/// <summary>The JSON conventions of the Discord API: snake_case names, absent rather than null optional fields.</summary>
public static class DiscordJson
{
    /// <summary>Gets the options for request and response bodies.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>Gets the same options with indentation, for previews.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Serialises a message body exactly as it is sent.</summary>
    public static string Serialize(DiscordMessage message, bool indented = false) =>
        JsonSerializer.Serialize(message, indented ? Indented : Options);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
