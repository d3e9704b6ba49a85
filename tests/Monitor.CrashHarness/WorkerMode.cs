using Microsoft.Extensions.DependencyInjection;
using Monitor.Cli;
using Monitor.Pipeline.Delivery;

namespace Monitor.CrashHarness;

/// <summary>The child process: Monitor's real CLI ('run' or 'run --once') with <see cref="HttpWebhookSink"/> added for webhook channels.</summary>
internal static class WorkerMode
{
    public static Task<int> RunAsync(string config, bool once)
    {
        var context = CliContext.Process with
        {
            ConfigureServices = services => services.AddSingleton<IAlertSink, HttpWebhookSink>(),
        };
        string[] args = once ? ["run", "--once", "--config", config] : ["run", "--config", config];
        return MonitorCli.RunAsync(args, context);
    }
}
