namespace Monitor.Discord.Interactions;

/// <summary>The user who invoked an interaction (from <c>member.user</c> in a guild, <c>user</c> in a DM).</summary>
public sealed record InteractionUser(string Id, string Username, string? GlobalName);
