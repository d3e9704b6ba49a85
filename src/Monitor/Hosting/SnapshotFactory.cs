using Monitor.Configuration;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Polling;

namespace Monitor.Hosting;

/// <summary>Builds the pipeline's view of a config: feeds and channels by id, rules compiled once.</summary>
public static class SnapshotFactory
{
    /// <summary>Creates the snapshot for <paramref name="config"/>.</summary>
    public static PipelineSnapshot Create(MonitorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new PipelineSnapshot(
            config.Feeds.ToDictionary(f => f.Id, StringComparer.Ordinal),
            config.Channels,
            KeywordMatcher.Compile(config.Rules))
        {
            AdminChannelId = config.Admin.ChannelId,
            FeedFailureThreshold = config.Admin.FeedFailureThreshold,
        };
    }
}
