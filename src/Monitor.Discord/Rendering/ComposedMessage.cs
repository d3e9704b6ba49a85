using Monitor.Discord.Models;

namespace Monitor.Discord.Rendering;

/// <summary>One message body and how many alerts (from the start of the batch) it carries.</summary>
/// <param name="Message">The body as it is sent.</param>
/// <param name="AlertCount">The number of alerts it carries, at least 1.</param>
public sealed record ComposedMessage(DiscordMessage Message, int AlertCount);
