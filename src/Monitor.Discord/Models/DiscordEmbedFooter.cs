namespace Monitor.Discord.Models;

/// <summary>The footer of an embed.</summary>
/// <param name="Text">The text, ≤ 2048 characters.</param>
public sealed record DiscordEmbedFooter(string Text);
