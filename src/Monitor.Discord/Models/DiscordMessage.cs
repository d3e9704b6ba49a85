namespace Monitor.Discord.Models;

/// <summary>The body of an execute-webhook, create-message or edit-message request.</summary>
public sealed record DiscordMessage
{
    /// <summary>Gets the text content (≤ 2000).</summary>
    public string? Content { get; init; }

    /// <summary>Gets the embeds (≤ 10, ≤ 6000 characters together).</summary>
    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }

    /// <summary>Gets the allowed mentions; never left out, so Discord's permissive defaults never apply.</summary>
    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.None;

    /// <summary>Gets the message flags (4 suppress embeds, 4096 suppress notifications).</summary>
    public int? Flags { get; init; }

    /// <summary>Gets the name of the forum post this webhook message opens (forum and media channels only).</summary>
    public string? ThreadName { get; init; }

    /// <summary>Gets the bot-message nonce (≤ 25 characters) that makes a retry idempotent.</summary>
    public string? Nonce { get; init; }

    /// <summary>Gets a value indicating whether Discord must deduplicate on <see cref="Nonce"/>.</summary>
    public bool? EnforceNonce { get; init; }

    /// <summary>Gets the display name that overrides the webhook's (webhooks only).</summary>
    public string? Username { get; init; }
}
