namespace Monitor.Discord.Rest;

/// <summary>The Discord JSON error codes Monitor decides on (the <c>code</c> field of an error body).</summary>
/// <remarks>Source: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes.</remarks>
public static class DiscordErrorCode
{
    /// <summary>Unknown Channel: the bot's target channel was deleted.</summary>
    public const int UnknownChannel = 10003;

    /// <summary>Unknown Message: the message to edit was deleted.</summary>
    public const int UnknownMessage = 10008;

    /// <summary>Unknown Webhook: the webhook was deleted; Discord restricts clients that keep using it.</summary>
    public const int UnknownWebhook = 10015;

    /// <summary>Missing Access: the bot cannot see the channel.</summary>
    public const int MissingAccess = 50001;

    /// <summary>Missing Permissions: a guild admin must grant a permission.</summary>
    public const int MissingPermissions = 50013;

    /// <summary>Invalid Webhook Token: the webhook's token was reset.</summary>
    public const int InvalidWebhookToken = 50027;

    /// <summary>Thread is locked: a moderator must unlock it.</summary>
    public const int ThreadLocked = 160005;
}
