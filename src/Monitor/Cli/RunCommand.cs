using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Hosting;
using Monitor.Infrastructure.Storage;
using Monitor.Workers;

namespace Monitor.Cli;

/// <summary><c>monitor run [--config F] [--once]</c>: the worker. Refuses a config whose rule tests fail.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var once = new Option<bool>("--once") { Description = "Poll every feed once, deliver all that is due, then exit" };
        var command = new Command("run", "Run the worker: poll feeds on schedule and deliver alerts until Ctrl+C or SIGTERM") { config, once };
        CommandRunner.SetAction(command, context, config, ConfigPolicy.Strict, (ctx, parse, ct) => ExecuteAsync(ctx, parse.GetValue(once), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandContext context, bool once, CancellationToken cancellationToken)
    {
        var config = context.Config;
        var store = await context.OpenStoreAsync(cancellationToken);
        if (once)
        {
            return await RunOnceAsync(context, store, cancellationToken);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = config.BaseDirectory });
        ConfigureServices(builder.Services, context, store);
        builder.Services.AddFeedScheduling(config);
        builder.Services.AddHostedService<OutboxDispatchWorker>();
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ConfigReloadWorker>(sp, context.Cli.Environment));
        builder.Services.AddHostedService<RetentionWorker>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Monitor");
        host.Services.GetRequiredService<DiscordAdminBridge>();
        Log.Started(logger, config.Feeds.Count, config.Rules.Count, config.Channels.Count, config.Storage.Provider.ToString());
        await host.RunAsync(cancellationToken);
        Log.Stopping(logger);
        return ExitCodes.Ok;
    }

    private static async Task<int> RunOnceAsync(CommandContext context, IMonitorStore store, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        ConfigureServices(services, context, store);
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

    internal static void ConfigureServices(IServiceCollection services, CommandContext context, IMonitorStore store)
    {
        services.AddSingleton(context.Time);
        services.AddLogging(context.ConfigureLogging);
        services.AddMonitorCore(context.Config, context.Out);
        services.AddMonitorStorage(store);
    }
}
