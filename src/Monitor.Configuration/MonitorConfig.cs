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

    /// <summary>Gets the health, metrics and status-page server (section <c>server:</c>; off by default).</summary>
    public ServerSettings Server { get; init; } = ServerSettings.Default;

    /// <summary>Gets how the log is written (section <c>logging:</c>).</summary>
    public LoggingSettings Logging { get; init; } = LoggingSettings.Default;

    /// <summary>Gets the directory relative paths in the config are resolved against.</summary>
    public string BaseDirectory => Path.GetDirectoryName(SourcePath) ?? ".";
}
