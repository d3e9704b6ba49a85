using Monitor.Discord;
using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Matching.Engine;
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
    private CompiledRules? compiled;

    /// <summary>Gets where Monitor reports on itself.</summary>
    public AdminSettings Admin { get; init; } = AdminSettings.Default;

    /// <summary>Gets how feeds are fetched over HTTP (section <c>http:</c>).</summary>
    public FeedHttpOptions Http { get; init; } = new();

    /// <summary>Gets the Discord client's settings (section <c>discord:</c>).</summary>
    public DiscordOptions Discord { get; init; } = new();

    /// <summary>Gets the health, metrics and status-page server (section <c>server:</c>; off by default).</summary>
    public ServerSettings Server { get; init; } = ServerSettings.Default;

    /// <summary>Gets how the log is written (section <c>logging:</c>).</summary>
    public LoggingSettings Logging { get; init; } = LoggingSettings.Default;

    /// <summary>Gets how items are grouped into stories (section <c>stories:</c>, and <c>stories: off</c> per rule or channel).</summary>
    public StorySettings Stories { get; init; } = StorySettings.Default;

    /// <summary>Gets the directory relative paths in the config are resolved against.</summary>
    public string BaseDirectory => Path.GetDirectoryName(SourcePath) ?? ".";

    /// <summary>Gets the rules compiled: once per config (at load when rules have tests, else at first use), then handed on to snapshots and commands.</summary>
    /// <remarks>A copy made with other <see cref="Rules"/> (<c>with { Rules = … }</c>) compiles its own.</remarks>
    public RuleEngine Engine
    {
        get
        {
            var current = Volatile.Read(ref compiled);
            if (current is null || !ReferenceEquals(current.Rules, Rules))
            {
                current = new CompiledRules(Rules, RuleEngine.Compile(Rules));
                Volatile.Write(ref compiled, current);
            }

            return current.Engine;
        }
    }

    private sealed record CompiledRules(IReadOnlyList<RuleDefinition> Rules, RuleEngine Engine);
}
