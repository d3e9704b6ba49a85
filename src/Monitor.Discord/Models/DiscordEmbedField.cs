namespace Monitor.Discord.Models;

/// <summary>One embed field.</summary>
/// <param name="Name">The name, ≤ 256 characters, never empty.</param>
/// <param name="Value">The value, ≤ 1024 characters, never empty.</param>
/// <param name="Inline">Whether it shares a row with its neighbours.</param>
public sealed record DiscordEmbedField(string Name, string Value, bool? Inline = null);
