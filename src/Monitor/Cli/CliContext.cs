namespace Monitor.Cli;

/// <summary>What a command talks to: output streams, the environment and the clock. Tests pass their own.</summary>
/// <param name="Out">Standard output (alerts, JSON, summaries).</param>
/// <param name="Error">Standard error (diagnostics, logs).</param>
/// <param name="Environment">Environment lookup for <c>${NAME}</c> in the config.</param>
/// <param name="Time">The clock.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> Environment, TimeProvider Time)
{
    /// <summary>Gets the context of a real process.</summary>
    public static CliContext Process { get; } = new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, TimeProvider.System);

    /// <summary>Gets extra service registrations applied after Monitor's own (a test harness adds its alert sink here); null in a real process.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }
}
