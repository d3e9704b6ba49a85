namespace Monitor.Discord.Models;

/// <summary>A rich embed.</summary>
public sealed record DiscordEmbed
{
    /// <summary>Gets the title (≤ 256).</summary>
    public string? Title { get; init; }

    /// <summary>Gets the embed type; always <c>rich</c> when sent.</summary>
    public string Type { get; init; } = "rich";

    /// <summary>Gets the description (≤ 4096, markdown).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the link behind the title. Discord shows only the first of several embeds with the same URL.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the ISO 8601 timestamp shown in the viewer's locale.</summary>
    public string? Timestamp { get; init; }

    /// <summary>Gets the colour as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    /// <summary>Gets the footer.</summary>
    public DiscordEmbedFooter? Footer { get; init; }

    /// <summary>Gets the author line.</summary>
    public DiscordEmbedAuthor? Author { get; init; }

    /// <summary>Gets the fields (≤ 25).</summary>
    public IReadOnlyList<DiscordEmbedField>? Fields { get; init; }

    /// <summary>Gets the characters this embed adds to the message's 6000-character budget.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int CountedLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0) + (Author?.Name.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
