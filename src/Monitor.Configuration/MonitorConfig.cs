using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Configuration;

/// <summary>A loaded, validated config.</summary>
/// <param name="SourcePath">The absolute path of the config file.</param>
/// <param name="Feeds">Feeds in file order.</param>
/// <param name="Channels">Channels by id.</param>
/// <param name="Rules">Rules in file order.</param>
/// <param name="Storage">Where state is kept.</param>
public sealed record MonitorConfig(
    string SourcePath,
    IReadOnlyList<FeedDefinition> Feeds,
    IReadOnlyDictionary<string, ChannelDefinition> Channels,
    IReadOnlyList<RuleDefinition> Rules,
    StorageSettings Storage)
{
    /// <summary>Gets where Monitor reports on itself.</summary>
    public AdminSettings Admin { get; init; } = AdminSettings.Default;

    /// <summary>Gets how feeds are fetched over HTTP (section <c>http:</c>).</summary>
    public HttpSettings Http { get; init; } = HttpSettings.Default;

    /// <summary>Gets how items are grouped into stories (section <c>stories:</c>, and <c>stories: off</c> per rule or channel).</summary>
    public StorySettings Stories { get; init; } = StorySettings.Default;

    /// <summary>Gets the directory relative paths in the config are resolved against.</summary>
    public string BaseDirectory => Path.GetDirectoryName(SourcePath) ?? ".";
}
