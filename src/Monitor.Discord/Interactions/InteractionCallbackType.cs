namespace Monitor.Discord.Interactions;

/// <summary>The interaction response types Monitor sends.</summary>
public enum InteractionCallbackType
{
    /// <summary>Answers a PING.</summary>
    Pong = 1,

    /// <summary>Replies with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>Acknowledges now ("thinking…"); the reply comes later as an edit of <c>@original</c>.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>Autocomplete suggestions.</summary>
    ApplicationCommandAutocompleteResult = 8,
}
