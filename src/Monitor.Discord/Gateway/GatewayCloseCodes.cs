namespace Monitor.Discord.Gateway;

/// <summary>What a Gateway close code means for the next connection (discord-api.md §8, close codes).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Returns the operator message for a fatal close code, or <see langword="null"/> when the code allows reconnecting.</summary>
    public static string? FatalReason(int code) => code switch
    {
        4004 => "Discord rejected the bot token (close code 4004, authentication failed): set discord.bot_token to the token on the Bot page of the application in the Discord Developer Portal (reset it there if it leaked), then restart Monitor.",
        4010 => "Discord rejected the shard sent in IDENTIFY (close code 4010, invalid shard): Monitor runs one shard; remove any shard setting and restart.",
        4011 => "Discord requires sharding for this bot (close code 4011, more than 2,500 guilds): Monitor's Gateway runs one shard; use HTTP interactions (discord.interactions: http) instead.",
        4012 => "Discord rejected the Gateway API version (close code 4012): set discord.api_base to a supported version such as https://discord.com/api/v10.",
        4013 => "Discord rejected the intents (close code 4013, invalid intents): Monitor asks only for GUILDS; report this as a bug.",
        4014 => "Discord refused a privileged intent (close code 4014, disallowed intents): Monitor asks only for GUILDS, which is not privileged; check that the token belongs to the right application.",
        _ => null,
    };

    /// <summary>Returns whether the session survives the close code (resume), or a new session is needed (identify).</summary>
    /// <remarks>4007 (invalid seq) and 4009 (session timed out) need a new session; 1000/1001 from Discord end it too. Everything else resumes.</remarks>
    public static bool KeepsSession(int? code) => code is not (4007 or 4009);
}
