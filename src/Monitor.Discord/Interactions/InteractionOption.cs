using System.Globalization;
using System.Text.Json;

namespace Monitor.Discord.Interactions;

/// <summary>One option of an invoked command: a value, or nested options for a sub-command.</summary>
public sealed record InteractionOption(string Name, ApplicationCommandOptionType Type, JsonElement? Value, IReadOnlyList<InteractionOption> Options, bool Focused)
{
    /// <summary>Gets the value as text (string options; numbers and booleans in invariant form), or <see langword="null"/>.</summary>
    public string? AsString() => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    /// <summary>Gets the value as an integer, or <see langword="null"/>.</summary>
    public long? AsInt64() => Value is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var n) ? n
        : Value is { ValueKind: JsonValueKind.String } s && long.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;
}
