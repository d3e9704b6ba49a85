using System.Globalization;
using System.Text.Json;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Interactions;

/// <summary>Reads an interaction object (Gateway <c>d</c> of INTERACTION_CREATE, or an HTTP interactions body).</summary>
public static class InteractionParser
{
    /// <summary>Parses <paramref name="interaction"/>; throws <see cref="FormatException"/> when required fields are missing.</summary>
    public static SocketInteraction Parse(JsonElement interaction)
    {
        if (interaction.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an interaction must be a JSON object");
        }

        var member = Child(interaction, "member");
        var userElement = member is { } m ? Child(m, "user") : Child(interaction, "user");
        var data = Child(interaction, "data");
        return new SocketInteraction
        {
            Id = Text(interaction, "id") ?? throw new FormatException("the interaction has no id"),
            ApplicationId = Text(interaction, "application_id") ?? throw new FormatException("the interaction has no application_id"),
            Type = (InteractionType)(interaction.TryGetProperty("type", out var type) && type.TryGetInt32(out var t) ? t : 0),
            Token = new Secret(Text(interaction, "token") ?? throw new FormatException("the interaction has no token")),
            GuildId = Text(interaction, "guild_id"),
            ChannelId = Text(interaction, "channel_id") ?? (Child(interaction, "channel") is { } channel ? Text(channel, "id") : null),
            User = userElement is { } u ? new InteractionUser(Text(u, "id") ?? string.Empty, Text(u, "username") ?? string.Empty, Text(u, "global_name")) : null,
            MemberPermissions = member is { } mp ? Permissions(Text(mp, "permissions")) : null,
            AppPermissions = Permissions(Text(interaction, "app_permissions")),
            CommandName = data is { } d1 ? Text(d1, "name") : null,
            CommandId = data is { } d2 ? Text(d2, "id") : null,
            Options = data is { } d3 ? Options(d3) : [],
            Locale = Text(interaction, "locale"),
        };
    }

    private static List<InteractionOption> Options(JsonElement parent)
    {
        if (!parent.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return options.EnumerateArray().Select(o => new InteractionOption(
            Text(o, "name") ?? string.Empty,
            (ApplicationCommandOptionType)(o.TryGetProperty("type", out var type) && type.TryGetInt32(out var t) ? t : 0),
            o.TryGetProperty("value", out var value) ? value.Clone() : null,
            Options(o),
            o.TryGetProperty("focused", out var focused) && focused.ValueKind == JsonValueKind.True)).ToList();
    }

    private static DiscordPermissions? Permissions(string? text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? (DiscordPermissions)bits : null;

    private static JsonElement? Child(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
