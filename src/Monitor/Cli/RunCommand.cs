using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Configuration;
using Monitor.Hosting;
using Monitor.Workers;

namespace Monitor.Cli;

/// <summary><c>monitor run [--config F] [--once]</c>: the worker.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var once = new Option<bool>("--once") { Description = "Poll every feed once, deliver all that is due, then exit" };
        var command = new Command("run", "Run the worker: poll feeds on schedule and deliver alerts until Ctrl+C or SIGTERM") { config, once };
        command.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(config)!, parse.GetValue(once), context, ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(string path, bool once, CliContext context, CancellationToken cancellationToken)
    {
        var config = ConfigReporter.Load(path, context);
        if (config is null)
        {
            return 1;
        }

        await using var store = await StorageFactory.OpenAsync(config.Storage, cancellationToken);
        if (once)
        {
            return await RunOnceAsync(config, store, context, cancellationToken);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = config.BaseDirectory });
        ConfigureServices(builder.Services, config, store, context);
        builder.Services.AddFeedScheduling(config);
        builder.Services.AddHostedService<OutboxDispatchWorker>();
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ConfigReloadWorker>(sp, context.Environment));
        builder.Services.AddHostedService<RetentionWorker>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Monitor");
        host.Services.GetRequiredService<DiscordAdminBridge>();
        Log.Started(logger, config.Feeds.Count, config.Rules.Count, config.Channels.Count, config.Storage.Provider.ToString());
        await host.RunAsync(cancellationToken);
        Log.Stopping(logger);
        return 0;
    }

    private static async Task<int> RunOnceAsync(MonitorConfig config, Infrastructure.Storage.IMonitorStore store, CliContext context, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        ConfigureServices(services, config, store, context);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<DiscordAdminBridge>();
        var summary = await OnceRunner.RunAsync(provider, config, cancellationToken);
        foreach (var line in summary.FeedLines)
        {
            context.Error.WriteLine(line);
        }

        context.Error.WriteLine(summary.ToString());
        return 0;
    }

    internal static void ConfigureServices(IServiceCollection services, MonitorConfig config, Infrastructure.Storage.IMonitorStore store, CliContext context)
    {
        services.AddSingleton(context.Time);
        services.AddLogging(logging => logging
            .ClearProviders()
            .AddProvider(new TextWriterLoggerProvider(context.Error, context.Time, LogLevel.Information))
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Quartz", LogLevel.Warning)
            .SetMinimumLevel(LogLevel.Information));
        services.AddMonitorCore(config, context.Out);
        services.AddMonitorStorage(store);
    }
}
