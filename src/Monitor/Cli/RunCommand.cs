using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Configuration;
using Monitor.Configuration.Logging;
using Monitor.Configuration.Server;
using Monitor.Hosting;
using Monitor.Logging;
using Monitor.Server;
using Monitor.Telemetry;
using Monitor.Workers;

namespace Monitor.Cli;

/// <summary><c>monitor run [--config F] [--once] [--listen ADDR:PORT]</c>: the worker.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var once = new Option<bool>("--once") { Description = "Poll every feed once, deliver all that is due, then exit" };
        var listen = new Option<string?>("--listen") { Description = "Serve /healthz, /readyz, /metrics and the status page on this address:port (overrides server.listen), e.g. 127.0.0.1:9464" };
        var logFormat = new Option<string?>("--log-format") { Description = "text (readable, the default) or json (one object per line); overrides logging.format" };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var command = new Command("run", "Run the worker: poll feeds on schedule and deliver alerts until Ctrl+C or SIGTERM") { config, once, listen, logFormat };
        command.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(config)!, parse.GetValue(once), parse.GetValue(listen), parse.GetValue(logFormat), context, ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(string path, bool once, string? listen, string? logFormat, CliContext context, CancellationToken cancellationToken)
    {
        var config = ConfigReporter.Load(path, context);
        if (config is null)
        {
            return 1;
        }

        if (LoggingSectionParser.TryParseFormat(logFormat, out var format))
        {
            config = config with { Logging = config.Logging with { Format = format } };
        }

        var server = ServerOverride(config.Server, listen, context);
        if (server is null)
        {
            return 1;
        }

        await using var store = await StorageFactory.OpenAsync(config.Storage, cancellationToken);
        if (once)
        {
            return await RunOnceAsync(config, store, context, cancellationToken);
        }

        var builder = MonitorServer.CreateBuilder(server, config.BaseDirectory);
        ConfigureServices(builder.Services, config, store, context);
        builder.Services.AddMonitorTelemetry(context.Environment, prometheus: server.Listen is not null);
        builder.Services.AddFeedScheduling(config);
        builder.Services.AddHostedService<OutboxDispatchWorker>();
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ConfigReloadWorker>(sp, context.Environment));
        builder.Services.AddHostedService<RetentionWorker>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using var host = MonitorServer.Build(builder, server);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Monitor");
        host.Services.GetRequiredService<DiscordAdminBridge>();
        Log.Started(logger, config.Feeds.Count, config.Rules.Count, config.Channels.Count, config.Storage.Provider.ToString());
        await host.StartAsync(cancellationToken);
        foreach (var address in MonitorServer.Addresses(host))
        {
            Log.Serving(logger, address);
        }

        await host.WaitForShutdownAsync(cancellationToken);
        Log.Stopping(logger);
        return 0;
    }

    /// <summary>Applies <c>--listen</c> over <c>server.listen</c>; null (after printing why) when the address is bad or public without a token.</summary>
    private static ServerSettings? ServerOverride(ServerSettings settings, string? listen, CliContext context)
    {
        if (listen is not null)
        {
            if (!ServerEndpoint.TryParse(listen, out var endpoint))
            {
                context.Error.WriteLine($"--listen '{listen}' is not an address:port; write e.g. --listen 127.0.0.1:9464");
                return null;
            }

            settings = settings with { Listen = endpoint };
        }

        if (ServerSectionParser.RequiresToken(settings))
        {
            context.Error.WriteLine($"--listen {settings.Listen} is reachable from other machines but server.token is not set; set it in the config (token: ${{MONITOR_SERVER_TOKEN}}) or listen on 127.0.0.1");
            return null;
        }

        return settings;
    }

    private static async Task<int> RunOnceAsync(MonitorConfig config, Infrastructure.Storage.IMonitorStore store, CliContext context, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        ConfigureServices(services, config, store, context);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<DiscordAdminBridge>();
        var summary = await OnceRunner.RunAsync(provider, config, cancellationToken);
        context.Error.WriteLine(summary.ToString());
        return 0;
    }

    internal static void ConfigureServices(IServiceCollection services, MonitorConfig config, Infrastructure.Storage.IMonitorStore store, CliContext context)
    {
        services.AddSingleton(context.Time);
        services.AddLogging(logging => logging
            .ClearProviders()
            .AddProvider(MonitorLogging.Provider(config.Logging.Format, context.Error, context.Time, SecretRedactor.For(config), LogLevel.Information))
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Quartz", LogLevel.Warning)
            .SetMinimumLevel(LogLevel.Information));
        services.AddMonitorCore(config, context.Out);
        services.AddMonitorStorage(store);
    }
}
