namespace Monitor.Discord.Interactions;

/// <summary>A fixed choice of a string option: the label and the value the handler receives.</summary>
public sealed record ApplicationCommandChoice(string Name, string Value);
