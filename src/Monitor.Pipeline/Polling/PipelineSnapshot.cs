using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Matching;

namespace Monitor.Pipeline.Polling;

/// <summary>The configuration the pipeline runs with right now: feeds, channels and the compiled rules. Replaced whole on reload.</summary>
/// <param name="Feeds">The feeds, by id.</param>
/// <param name="Channels">The channels, by id.</param>
/// <param name="Matcher">The compiled rules.</param>
public sealed record PipelineSnapshot(
    IReadOnlyDictionary<string, FeedDefinition> Feeds,
    IReadOnlyDictionary<string, ChannelDefinition> Channels,
    IRuleMatcher Matcher)
{
    /// <summary>Gets the channel that receives admin alerts (feed health, destinations gone), or null.</summary>
    public string? AdminChannelId { get; init; }

    /// <summary>Gets the number of consecutive failures of one feed after which an admin alert is sent (and another on recovery).</summary>
    /// <value>The default value is 5.</value>
    public int FeedFailureThreshold { get; init; } = 5;
}
