namespace Monitor.Discord.Models;

/// <summary>The parts of a returned message object Monitor uses.</summary>
public sealed record DiscordMessageResponse
{
    /// <summary>Gets the message id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the channel (or new forum thread) the message is in.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Gets the webhook that sent it, for webhook messages.</summary>
    public string? WebhookId { get; init; }

    /// <summary>Gets the nonce echoed back, for bot messages.</summary>
    public string? Nonce { get; init; }
}
