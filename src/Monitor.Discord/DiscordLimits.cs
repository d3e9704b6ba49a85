namespace Monitor.Discord;

/// <summary>Discord's message and embed limits, counted in UTF-16 code units (never fewer than Discord's own count).</summary>
/// <remarks>Source: https://discord.com/developers/docs/resources/message#embed-object-embed-limits.</remarks>
public static class DiscordLimits
{
    /// <summary>Message <c>content</c>.</summary>
    public const int Content = 2000;

    /// <summary>Embeds per message.</summary>
    public const int EmbedsPerMessage = 10;

    /// <summary>Sum of titles, descriptions, field names and values, footers and author names over all embeds of one message.</summary>
    public const int MessageEmbedCharacters = 6000;

    /// <summary>Embed title.</summary>
    public const int Title = 256;

    /// <summary>Embed description.</summary>
    public const int Description = 4096;

    /// <summary>Fields per embed.</summary>
    public const int Fields = 25;

    /// <summary>Field name.</summary>
    public const int FieldName = 256;

    /// <summary>Field value.</summary>
    public const int FieldValue = 1024;

    /// <summary>Footer text.</summary>
    public const int FooterText = 2048;

    /// <summary>Author name.</summary>
    public const int AuthorName = 256;

    /// <summary>Forum thread (post) name.</summary>
    public const int ThreadName = 100;

    /// <summary>Nonce of a bot message.</summary>
    public const int Nonce = 25;

    /// <summary>Ids in <c>allowed_mentions.roles</c> or <c>allowed_mentions.users</c>.</summary>
    public const int AllowedMentionIds = 100;

    /// <summary>Largest embed colour (0xFFFFFF).</summary>
    public const int MaxColor = 0xFFFFFF;
}
