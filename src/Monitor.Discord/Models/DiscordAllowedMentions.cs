namespace Monitor.Discord.Models;

/// <summary>Which mentions in a message may notify. Monitor always sends it, with an empty <see cref="Parse"/>.</summary>
public sealed record DiscordAllowedMentions
{
    /// <summary>Gets the mention types parsed from the text (<c>roles</c>, <c>users</c>, <c>everyone</c>).</summary>
    /// <value>The default value is empty: nothing written in the text can ping.</value>
    public IReadOnlyList<string> Parse { get; init; } = [];

    /// <summary>Gets the role ids that may ping.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Gets the user ids that may ping.</summary>
    public IReadOnlyList<string>? Users { get; init; }

    /// <summary>Gets a value that lets nothing ping.</summary>
    public static DiscordAllowedMentions None { get; } = new();
}
