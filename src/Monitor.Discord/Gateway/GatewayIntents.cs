namespace Monitor.Discord.Gateway;

/// <summary>Gateway intents (bit flags sent in IDENTIFY). Monitor asks for <see cref="Guilds"/> only: no privileged intent.</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No intent: INTERACTION_CREATE needs none.</summary>
    None = 0,

    /// <summary><c>GUILDS</c> (1 &lt;&lt; 0): guild, channel, thread and role events (the bot removed from a guild, a channel deleted).</summary>
    Guilds = 1 << 0,
}
