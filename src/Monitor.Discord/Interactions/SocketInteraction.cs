using Monitor.Domain.Channels;

namespace Monitor.Discord.Interactions;

/// <summary>
/// An interaction as received from the Gateway (INTERACTION_CREATE) or an HTTP interactions request: a slash command, an autocomplete
/// request or a PING. Named after Discord.Net's <c>SocketInteraction</c> so a later swap stays possible.
/// </summary>
public sealed record SocketInteraction
{
    /// <summary>Gets the interaction id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the application id (used for followups and <c>@original</c> edits).</summary>
    public required string ApplicationId { get; init; }

    /// <summary>Gets the interaction type.</summary>
    public required InteractionType Type { get; init; }

    /// <summary>Gets the continuation token (valid 15 minutes); a <see cref="Secret"/> so it never prints itself.</summary>
    public required Secret Token { get; init; }

    /// <summary>Gets the guild, or <see langword="null"/> in a DM.</summary>
    public string? GuildId { get; init; }

    /// <summary>Gets the channel the command was used in.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Gets the invoking user (member or DM user); <see langword="null"/> only for a PING.</summary>
    public InteractionUser? User { get; init; }

    /// <summary>Gets the member's permissions in the channel (<c>member.permissions</c>); <see langword="null"/> outside a guild.</summary>
    public DiscordPermissions? MemberPermissions { get; init; }

    /// <summary>Gets the bot's permissions in the channel (<c>app_permissions</c>).</summary>
    public DiscordPermissions? AppPermissions { get; init; }

    /// <summary>Gets the command name (slash command and autocomplete).</summary>
    public string? CommandName { get; init; }

    /// <summary>Gets the command id.</summary>
    public string? CommandId { get; init; }

    /// <summary>Gets the options as sent (nested for sub-commands).</summary>
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <summary>Gets the user's locale, for example <c>nl</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Gets a value indicating whether this is a slash command.</summary>
    public bool IsSlashCommand => Type == InteractionType.ApplicationCommand;

    /// <summary>Gets a value indicating whether this is an autocomplete request.</summary>
    public bool IsAutocomplete => Type == InteractionType.ApplicationCommandAutocomplete;

    /// <summary>Gets the option the user is typing (autocomplete), searched through sub-commands.</summary>
    public InteractionOption? FocusedOption => Flatten(Options).FirstOrDefault(o => o.Focused);

    /// <summary>Returns the option named <paramref name="name"/> (searched through sub-commands), or <see langword="null"/>.</summary>
    public InteractionOption? Option(string name) => Flatten(Options).FirstOrDefault(o => o.Name == name);

    /// <summary>Returns whether the member holds <paramref name="permission"/> (Administrator implies all).</summary>
    public bool HasPermission(DiscordPermissions permission) =>
        MemberPermissions is { } held && ((held & DiscordPermissions.Administrator) != 0 || (held & permission) == permission);

    private static IEnumerable<InteractionOption> Flatten(IReadOnlyList<InteractionOption> options) =>
        options.SelectMany(o => o.Options.Count > 0 ? Flatten(o.Options).Prepend(o) : [o]);
}
