using System.Globalization;
using System.Text.Json.Nodes;

namespace Monitor.Discord.Interactions;

/// <summary>A slash command as registered (build one with <see cref="SlashCommandBuilder"/>).</summary>
public sealed record ApplicationCommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOptionDefinition> Options,
    DiscordPermissions? DefaultMemberPermissions,
    IReadOnlyList<int>? Contexts)
{
    /// <summary>Returns the command object exactly as sent in <c>PUT …/commands</c>.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name, ["type"] = 1, ["description"] = Description };
        if (Options.Count > 0)
        {
            json["options"] = new JsonArray(Options.Select(o => (JsonNode)OptionJson(o)).ToArray());
        }

        if (DefaultMemberPermissions is { } permissions)
        {
            json["default_member_permissions"] = ((ulong)permissions).ToString(CultureInfo.InvariantCulture);
        }

        if (Contexts is { } contexts)
        {
            json["contexts"] = new JsonArray(contexts.Select(c => (JsonNode)c).ToArray());
        }

        return json;
    }

    private static JsonObject OptionJson(ApplicationCommandOptionDefinition option)
    {
        var json = new JsonObject { ["type"] = (int)option.Type, ["name"] = option.Name, ["description"] = option.Description };
        if (option.Required)
        {
            json["required"] = true;
        }

        if (option.Autocomplete)
        {
            json["autocomplete"] = true;
        }

        if (option.Choices.Count > 0)
        {
            json["choices"] = new JsonArray(option.Choices.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["value"] = c.Value }).ToArray());
        }

        if (option.MaxLength is { } max)
        {
            json["max_length"] = max;
        }

        return json;
    }
}
