namespace Monitor.Discord.Interactions;

/// <summary>Interaction types (discord-api.md §7).</summary>
public enum InteractionType
{
    /// <summary>Discord checking an HTTP interactions endpoint.</summary>
    Ping = 1,

    /// <summary>A slash command.</summary>
    ApplicationCommand = 2,

    /// <summary>A button or select menu.</summary>
    MessageComponent = 3,

    /// <summary>The user is typing an option with <c>autocomplete</c>.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}
