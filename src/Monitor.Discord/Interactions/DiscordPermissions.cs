namespace Monitor.Discord.Interactions;

/// <summary>Permission bits Monitor checks (a member's <c>permissions</c> string parsed to a number).</summary>
[Flags]
public enum DiscordPermissions : ulong
{
    /// <summary>No permission.</summary>
    None = 0,

    /// <summary>Administrator (implies every permission).</summary>
    Administrator = 1UL << 3,

    /// <summary>Manage Channels: needed for channel-wide subscriptions.</summary>
    ManageChannels = 1UL << 4,

    /// <summary>Manage Server.</summary>
    ManageGuild = 1UL << 5,

    /// <summary>View Channel.</summary>
    ViewChannel = 1UL << 10,

    /// <summary>Send Messages.</summary>
    SendMessages = 1UL << 11,

    /// <summary>Embed Links.</summary>
    EmbedLinks = 1UL << 14,
}
