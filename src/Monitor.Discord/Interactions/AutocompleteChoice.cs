namespace Monitor.Discord.Interactions;

/// <summary>One autocomplete suggestion: what the user sees and the value the option gets.</summary>
public sealed record AutocompleteChoice(string Name, string Value);
