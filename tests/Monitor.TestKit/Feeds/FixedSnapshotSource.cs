using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Polling;

namespace Monitor.TestKit.Feeds;

/// <summary>An <see cref="IPipelineSnapshotSource"/> over a fixed list of feeds, no rules, optionally an admin channel.</summary>
public sealed class FixedSnapshotSource(IEnumerable<FeedDefinition> feeds, string? adminChannel = null, int failureThreshold = 3) : IPipelineSnapshotSource
{
    /// <inheritdoc/>
    public PipelineSnapshot Current { get; } = new PipelineSnapshot(
        feeds.ToDictionary(f => f.Id, StringComparer.Ordinal),
        adminChannel is null
            ? new Dictionary<string, ChannelDefinition>()
            : new Dictionary<string, ChannelDefinition> { [adminChannel] = new ChannelDefinition(adminChannel, null) },
        KeywordMatcher.Compile([]))
    {
        AdminChannelId = adminChannel,
        FeedFailureThreshold = failureThreshold,
    };
}
