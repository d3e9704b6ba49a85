using Monitor.Configuration;
using Monitor.Pipeline.Polling;

namespace Monitor.Hosting;

/// <summary>Builds the pipeline's view of a config: feeds and channels by id, rules as compiled once by the config (<see cref="MonitorConfig.Engine"/>).</summary>
public static class SnapshotFactory
{
    /// <summary>Creates the snapshot for <paramref name="config"/>.</summary>
    public static PipelineSnapshot Create(MonitorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new PipelineSnapshot(
            config.Feeds.ToDictionary(f => f.Id, StringComparer.Ordinal),
            config.Channels,
            config.Engine)
        {
            AdminChannelId = config.Admin.ChannelId,
            FeedFailureThreshold = config.Admin.FeedFailureThreshold,
        };
    }
}
