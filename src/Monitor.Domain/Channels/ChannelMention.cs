namespace Monitor.Domain.Channels;

/// <summary>Whom a channel pings, and for which alerts. Only these ids can ever ping; text from feeds never does.</summary>
/// <param name="Roles">Role ids (snowflakes) to mention.</param>
/// <param name="Users">User ids (snowflakes) to mention.</param>
/// <param name="MinSeverity">Alerts of this severity or higher carry the mention.</param>
public sealed record ChannelMention(IReadOnlyList<string> Roles, IReadOnlyList<string> Users, Severity MinSeverity)
{
    /// <summary>Gets a value indicating whether the mention names anyone.</summary>
    public bool IsEmpty => Roles.Count == 0 && Users.Count == 0;
}
