using Monitor.Cli;
using Monitor.TestKit;

namespace Monitor.Tests.Server;

/// <summary>A real <c>monitor run --listen 127.0.0.1:0</c> on a copy of the bundled config, with its HTTP address and log.</summary>
internal sealed class RunningMonitor : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task<int> run = Task.FromResult(0);

    private RunningMonitor(TempDirectory directory, LogWatcher log)
    {
        Directory = directory;
        Log = log;
    }

    public TempDirectory Directory { get; }

    public LogWatcher Log { get; }

    public StringWriter Output { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    /// <summary>Starts monitor on a copy of the bundled config, changed by <paramref name="edit"/>, with <paramref name="extraArgs"/>.</summary>
    public static async Task<RunningMonitor> StartAsync(Func<string, string>? edit = null, IReadOnlyDictionary<string, string>? env = null, params string[] extraArgs)
    {
        var directory = new TempDirectory();
        var config = directory.CopyBundledConfig();
        if (edit is not null)
        {
            await File.WriteAllTextAsync(config, edit(await File.ReadAllTextAsync(config)));
        }

        var monitor = new RunningMonitor(directory, new LogWatcher());
        var context = new CliContext(monitor.Output, monitor.Log, name => env is not null && env.TryGetValue(name, out var v) ? v : null, TimeProvider.System);
        string[] args = ["run", "--config", config, .. extraArgs];
        if (!extraArgs.Contains("--listen"))
        {
            args = [.. args, "--listen", "127.0.0.1:0"];
        }

        monitor.run = Task.Run(() => MonitorCli.RunAsync(args, context, monitor.stop.Token));
        var serving = await Task.WhenAny(monitor.Log.WaitForAsync(l => l.Contains("Serving health", StringComparison.Ordinal)), monitor.run);
        if (serving != monitor.run)
        {
            var line = await (Task<string>)serving;
            monitor.BaseAddress = new Uri(line[line.IndexOf("http://", StringComparison.Ordinal)..].Trim());
        }
        else
        {
            throw new InvalidOperationException($"monitor exited {await monitor.run} before serving:\n{monitor.Log}");
        }

        return monitor;
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress, path));
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Stops monitor like SIGTERM and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await stop.CancelAsync();
        return await run;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
        Http.Dispose();
        Output.Dispose();
        Directory.Dispose();
    }
}
