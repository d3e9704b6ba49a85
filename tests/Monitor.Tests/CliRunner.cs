using Microsoft.Extensions.Time.Testing;
using Monitor.Cli;

namespace Monitor.Tests;

/// <summary>Runs the real CLI in-process with captured output and a controlled environment.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => env is not null && env.TryGetValue(name, out var v) ? v : null, TimeProvider.System);
        var code = await MonitorCli.RunAsync(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(null, args);

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
}
