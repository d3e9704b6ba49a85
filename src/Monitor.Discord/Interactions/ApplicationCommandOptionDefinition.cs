namespace Monitor.Discord.Interactions;

/// <summary>One option of a slash command as registered.</summary>
public sealed record ApplicationCommandOptionDefinition(
    ApplicationCommandOptionType Type,
    string Name,
    string Description,
    bool Required,
    bool Autocomplete,
    IReadOnlyList<ApplicationCommandChoice> Choices,
    int? MaxLength);
