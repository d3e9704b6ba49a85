namespace Monitor.Discord.Interactions;

/// <summary>What registration did in one scope: <paramref name="Scope"/> is <c>global</c> or <c>guild {id}</c>.</summary>
public sealed record CommandRegistrationResult(string Scope, bool Overwritten, int Count);
