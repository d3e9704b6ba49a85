using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Configuration;
using Monitor.Configuration.Logging;
using Monitor.Configuration.Server;
using Monitor.Hosting;
using Monitor.Infrastructure.Storage;
using Monitor.Server;
using Monitor.Telemetry;
using Monitor.Workers;

namespace Monitor.Cli;

/// <summary><c>monitor run [--config F] [--once] [--listen ADDR:PORT] [--log-format text|json]</c>: the worker. Refuses a config whose rule tests fail.</summary>
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
        CommandRunner.SetAction(command, context, config, ConfigPolicy.Strict, (ctx, parse, ct) => ExecuteAsync(ctx, parse.GetValue(once), parse.GetValue(listen), parse.GetValue(logFormat), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandContext context, bool once, string? listen, string? logFormatText, CancellationToken cancellationToken)
    {
        var config = context.Config;
        LogFormat? logFormat = LoggingSectionParser.TryParseFormat(logFormatText, out var format) ? format : null;
        var server = ServerOverride(config.Server, listen, context.Cli);
        if (server is null)
        {
            return ExitCodes.ConfigOrNegative;
        }

        var store = await context.OpenStoreAsync(cancellationToken);
        if (once)
        {
            return await RunOnceAsync(context, store, logFormat, cancellationToken);
        }

        var builder = MonitorServer.CreateBuilder(server, config.BaseDirectory);
        ConfigureServices(builder.Services, context, store, logFormat);
        builder.Services.AddMonitorTelemetry(context.Cli.Environment, prometheus: server.Listen is not null);
        builder.Services.AddFeedScheduling(config);
        builder.Services.AddHostedService<OutboxDispatchWorker>();
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ConfigReloadWorker>(sp, context.Cli.Environment));
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
        return ExitCodes.Ok;
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

    private static async Task<int> RunOnceAsync(CommandContext context, IMonitorStore store, LogFormat? logFormat, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        ConfigureServices(services, context, store, logFormat);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<DiscordAdminBridge>();
        var summary = await OnceRunner.RunAsync(provider, context.Config, cancellationToken);
        foreach (var line in summary.FeedLines)
        {
            await context.Error.WriteLineAsync(line);
        }

        await context.Error.WriteLineAsync(summary.ToString());
        return ExitCodes.Ok;
    }

    internal static void ConfigureServices(IServiceCollection services, CommandContext context, IMonitorStore store, LogFormat? logFormat = null)
    {
        services.AddSingleton(context.Time);
        services.AddLogging(logging => context.ConfigureLogging(logging, logFormat));
        services.AddMonitorCore(context.Config, context.Out);
        services.AddMonitorStorage(store);
    }
}
