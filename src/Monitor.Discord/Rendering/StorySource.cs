namespace Monitor.Discord.Rendering;

/// <summary>One outlet that reported a story: its name as the feed calls it, and the link to its article.</summary>
/// <param name="Name">The outlet's name, for example <c>NOS</c>.</param>
/// <param name="Link">The article, when it has an http(s) link.</param>
public sealed record StorySource(string Name, Uri? Link);
