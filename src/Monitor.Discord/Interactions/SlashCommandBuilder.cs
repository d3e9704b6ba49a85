using System.Text.RegularExpressions;

namespace Monitor.Discord.Interactions;

/// <summary>
/// Builds a slash command definition (named after Discord.Net's <c>SlashCommandBuilder</c>). <see cref="Build"/> checks Discord's rules
/// and throws an <see cref="ArgumentException"/> that says what to change: names 1–32 lower-case letters, digits, <c>-</c>, <c>_</c>;
/// descriptions 1–100 characters; at most 25 options, required ones first; choices (at most 25) and autocomplete exclude each other.
/// </summary>
public sealed partial class SlashCommandBuilder
{
    private readonly List<ApplicationCommandOptionDefinition> options = [];
    private string name = string.Empty;
    private string description = string.Empty;
    private DiscordPermissions? defaultMemberPermissions;
    private IReadOnlyList<int>? contexts;

    /// <summary>Sets the command name.</summary>
    public SlashCommandBuilder WithName(string value)
    {
        name = value;
        return this;
    }

    /// <summary>Sets the description shown in Discord.</summary>
    public SlashCommandBuilder WithDescription(string value)
    {
        description = value;
        return this;
    }

    /// <summary>Sets the permissions a member needs by default (<see langword="null"/>: everyone); server admins can change it.</summary>
    public SlashCommandBuilder WithDefaultMemberPermissions(DiscordPermissions? value)
    {
        defaultMemberPermissions = value;
        return this;
    }

    /// <summary>Limits the command to guilds (context 0) or also DMs with the bot (1).</summary>
    public SlashCommandBuilder WithContexts(params int[] values)
    {
        contexts = values;
        return this;
    }

    /// <summary>Adds an option.</summary>
    public SlashCommandBuilder AddOption(
        string optionName,
        ApplicationCommandOptionType type,
        string optionDescription,
        bool required = false,
        bool autocomplete = false,
        IReadOnlyList<ApplicationCommandChoice>? choices = null,
        int? maxLength = null)
    {
        options.Add(new ApplicationCommandOptionDefinition(type, optionName, optionDescription, required, autocomplete, choices ?? [], maxLength));
        return this;
    }

    /// <summary>Returns the definition, or throws an <see cref="ArgumentException"/> naming the rule that was broken.</summary>
    public ApplicationCommandDefinition Build()
    {
        CheckName(name, "command");
        CheckDescription(description, $"/{name}");
        if (options.Count > 25)
        {
            throw new ArgumentException($"/{name} has {options.Count} options; Discord allows at most 25.");
        }

        var optional = false;
        foreach (var option in options)
        {
            CheckName(option.Name, $"option of /{name}");
            CheckDescription(option.Description, $"option '{option.Name}' of /{name}");
            if (option.Required && optional)
            {
                throw new ArgumentException($"/{name}: required option '{option.Name}' must come before the optional ones.");
            }

            optional |= !option.Required;
            if (option.Autocomplete && option.Choices.Count > 0)
            {
                throw new ArgumentException($"/{name}: option '{option.Name}' cannot have both choices and autocomplete; keep one.");
            }

            if (option.Choices.Count > 25)
            {
                throw new ArgumentException($"/{name}: option '{option.Name}' has {option.Choices.Count} choices; Discord allows at most 25 (use autocomplete instead).");
            }
        }

        if (options.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            throw new ArgumentException($"/{name}: option names must be unique.");
        }

        return new ApplicationCommandDefinition(name, description, options.ToList(), defaultMemberPermissions, contexts);
    }

    private static void CheckName(string value, string what)
    {
        if (!Name().IsMatch(value ?? string.Empty))
        {
            throw new ArgumentException($"The {what} name '{value}' is invalid: use 1–32 lower-case letters, digits, '-' or '_' (for example 'subscribe').");
        }
    }

    private static void CheckDescription(string value, string what)
    {
        if (value is null || value.Length is < 1 or > 100)
        {
            throw new ArgumentException($"The description of {what} must be 1–100 characters (it has {value?.Length ?? 0}).");
        }
    }

    [GeneratedRegex(@"^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$")]
    private static partial Regex Name();
}
