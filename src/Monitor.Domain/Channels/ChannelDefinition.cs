namespace Monitor.Domain.Channels;

/// <summary>A delivery destination as the config defines it.</summary>
/// <param name="Id">The channel's id in the config (the key under <c>channels:</c>).</param>
/// <param name="Webhook">The Discord webhook URL after <c>${ENV}</c> substitution; <see langword="null"/> or empty prints to the console instead.</param>
public sealed record ChannelDefinition(string Id, Secret? Webhook)
{
    /// <summary>Gets the Discord bot token used instead of a webhook (with <see cref="DiscordChannelId"/>).</summary>
    /// <value>The default value is <see langword="null"/>: deliver through <see cref="Webhook"/>.</value>
    public Secret? BotToken { get; init; }

    /// <summary>Gets the Discord channel (snowflake) a bot token posts into.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? DiscordChannelId { get; init; }

    /// <summary>Gets the thread (snowflake) inside the webhook's channel that alerts are posted into.</summary>
    /// <value>The default value is <see langword="null"/>: post into the channel itself.</value>
    public string? ThreadId { get; init; }

    /// <summary>Gets a value indicating whether the webhook points at a forum (or media) channel, where every message opens a new post named after its first alert.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Forum { get; init; }

    /// <summary>Gets who may be pinged, and from which severity on.</summary>
    /// <value>The default value is <see langword="null"/>: nobody is ever pinged.</value>
    public ChannelMention? Mention { get; init; }

    /// <summary>Gets a value indicating whether the destination is a bot-token channel rather than a webhook.</summary>
    public bool UsesBot => BotToken is { IsEmpty: false } && !string.IsNullOrWhiteSpace(DiscordChannelId);

    /// <summary>Gets a value indicating whether alerts for this channel go to the console (no webhook configured).</summary>
    public bool IsConsole => (Webhook is null || Webhook.IsEmpty) && !UsesBot;
}
