namespace Monitor.Discord.Models;

/// <summary>The author line of an embed.</summary>
/// <param name="Name">The name, ≤ 256 characters.</param>
public sealed record DiscordEmbedAuthor(string Name)
{
    /// <summary>Gets the link behind the name (http or https).</summary>
    public string? Url { get; init; }
}
