using System.Text.Json.Nodes;

namespace Monitor.TestKit.Discord;

/// <summary>A message the Discord test server stored, with what would ping.</summary>
public sealed class DiscordTestMessage
{
    /// <summary>Gets the message id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the channel (or thread) it is in.</summary>
    public required string ChannelId { get; init; }

    /// <summary>Gets the webhook that posted it, if any.</summary>
    public string? WebhookId { get; init; }

    /// <summary>Gets the name of the forum post it opened, if any.</summary>
    public string? ThreadName { get; init; }

    /// <summary>Gets the nonce of a bot message.</summary>
    public string? Nonce { get; init; }

    /// <summary>Gets or sets the current body (replaced on edit).</summary>
    public required JsonObject Payload { get; set; }

    /// <summary>Gets when it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets or sets how often it was edited.</summary>
    public int Edits { get; set; }

    /// <summary>Gets or sets the role ids that were pinged.</summary>
    public IReadOnlyList<string> PingedRoles { get; set; } = [];

    /// <summary>Gets or sets the user ids that were pinged.</summary>
    public IReadOnlyList<string> PingedUsers { get; set; } = [];

    /// <summary>Gets or sets a value indicating whether @everyone/@here pinged.</summary>
    public bool PingedEveryone { get; set; }

    /// <summary>Gets the content.</summary>
    public string? Content => (string?)Payload["content"];

    /// <summary>Gets the embeds.</summary>
    public IReadOnlyList<JsonObject> Embeds => Payload["embeds"] is JsonArray a ? a.OfType<JsonObject>().ToList() : [];

    /// <summary>Gets the embed titles.</summary>
    public IReadOnlyList<string?> EmbedTitles => Embeds.Select(e => (string?)e["title"]).ToList();
}
