namespace Monitor.Tests;

/// <summary>Exit code and captured streams of one CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);
