using Monitor.Pipeline.Stories;

namespace Monitor.Configuration;

/// <summary>How items are grouped into stories (top-level <c>stories:</c>, and <c>stories: off</c> per rule or channel).</summary>
/// <param name="Enabled">Whether stories are on at all (<c>stories: off</c> at the top level turns them off).</param>
/// <param name="Options">The window and thresholds.</param>
public sealed record StorySettings(bool Enabled, StoryOptions Options)
{
    /// <summary>Gets the settings used when the config has no <c>stories:</c> section: on, with <see cref="StoryOptions.Default"/>.</summary>
    public static StorySettings Default { get; } = new(true, StoryOptions.Default);

    /// <summary>Gets the ids of the rules with <c>stories: off</c>: their alerts always post on their own.</summary>
    public IReadOnlySet<string> OffForRules { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets the ids of the channels with <c>stories: off</c>: every alert posts there on its own.</summary>
    public IReadOnlySet<string> OffForChannels { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Returns whether an alert of rule <paramref name="ruleId"/> to channel <paramref name="channelId"/> is grouped into stories.</summary>
    public bool AppliesTo(string ruleId, string channelId) => Enabled && !OffForRules.Contains(ruleId) && !OffForChannels.Contains(channelId);
}
