using Microsoft.Extensions.Logging;
using Monitor.Configuration;
using Monitor.Configuration.Logging;
using Monitor.Hosting;
using Monitor.Infrastructure.Storage;
using Monitor.Logging;

namespace Monitor.Cli;

/// <summary>What every command receives: the config loaded and validated, logging set up, and the store, opened on first use and disposed with the context.</summary>
/// <remarks>Created by <see cref="CommandRunner"/>; a command never loads the config or opens the store by hand.</remarks>
internal sealed class CommandContext : IAsyncDisposable
{
    private IMonitorStore? store;

    private CommandContext(CliContext cli, string configPath, ConfigLoadResult load, MonitorConfig config, bool verbose)
    {
        Cli = cli;
        ConfigPath = configPath;
        Load = load;
        Config = config;
        Verbose = verbose;
    }

    /// <summary>Gets the streams, environment and clock.</summary>
    public CliContext Cli { get; }

    /// <summary>Gets standard output.</summary>
    public TextWriter Out => Cli.Out;

    /// <summary>Gets standard error.</summary>
    public TextWriter Error => Cli.Error;

    /// <summary>Gets the clock.</summary>
    public TimeProvider Time => Cli.Time;

    /// <summary>Gets the config path as given (<c>--config</c>).</summary>
    public string ConfigPath { get; }

    /// <summary>Gets the load result: diagnostics, and whether only rule tests fail.</summary>
    public ConfigLoadResult Load { get; }

    /// <summary>Gets the loaded config (with its compiled rules, <see cref="MonitorConfig.Engine"/>).</summary>
    public MonitorConfig Config { get; }

    /// <summary>Gets a value indicating whether <c>--verbose</c> was given (debug logging).</summary>
    public bool Verbose { get; }

    /// <summary>Gets the minimum log level: debug with <c>--verbose</c>, else information.</summary>
    public LogLevel LogLevel => Verbose ? LogLevel.Debug : LogLevel.Information;

    /// <summary>Loads the config at <paramref name="configPath"/> under <paramref name="policy"/>, printing every diagnostic to standard error.</summary>
    /// <returns>The context, or <see langword="null"/> when the config is refused (the reason is already printed).</returns>
    public static CommandContext? Create(CliContext cli, string configPath, ConfigPolicy policy, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var load = ConfigLoader.Load(configPath, cli.Environment);
        var tolerate = policy != ConfigPolicy.Strict && load.OnlyRuleTestsFail;
        foreach (var diagnostic in load.Diagnostics)
        {
            cli.Error.WriteLine(diagnostic.ToString());
        }

        var config = load.Config ?? (tolerate ? load.ConfigForRuleDebugging : null);
        if (config is null)
        {
            var count = load.Errors.Count();
            cli.Error.WriteLine($"{configPath}: {count} error{(count == 1 ? string.Empty : "s")}; nothing was started. Fix them and run 'monitor check'.");
            return null;
        }

        if (tolerate && policy == ConfigPolicy.ReportFailingRuleTests)
        {
            cli.Error.WriteLine($"{configPath}: rule tests fail (above); this command runs anyway, but 'monitor check' and 'monitor run' refuse the config until they pass.");
        }

        return new CommandContext(cli, configPath, load, config, verbose);
    }

    /// <summary>Sets up logging to standard error (one line per entry), at <see cref="LogLevel"/>; framework categories only from warnings on.</summary>
    public void ConfigureLogging(ILoggingBuilder logging) => ConfigureLogging(logging, null);

    /// <summary>Sets up logging in <paramref name="format"/> (default: the config's <c>logging.format</c>), with the config's secrets redacted.</summary>
    public void ConfigureLogging(ILoggingBuilder logging, LogFormat? format)
    {
        ArgumentNullException.ThrowIfNull(logging);
        var quiet = Verbose ? LogLevel.Debug : LogLevel.Warning;
        logging.ClearProviders()
            .AddProvider(MonitorLogging.Provider(format ?? Config.Logging.Format, Cli.Error, Cli.Time, SecretRedactor.For(Config), LogLevel))
            .AddFilter("Microsoft", quiet)
            .AddFilter("System.Net.Http", quiet)
            .AddFilter("Quartz", quiet)
            .SetMinimumLevel(LogLevel);
    }

    /// <summary>Opens the configured store (once; later calls return the same) and applies migrations. Disposed with this context.</summary>
    public async Task<IMonitorStore> OpenStoreAsync(CancellationToken cancellationToken) =>
        store ??= await StorageFactory.OpenAsync(Config.Storage, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
            store = null;
        }
    }
}
