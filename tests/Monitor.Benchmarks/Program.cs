using BenchmarkDotNet.Running;
using Monitor.Benchmarks.Discord;

// Reproducible harnesses that are not BenchmarkDotNet suites run by name (see docs/benchmarks.md).
if (args.Length > 0 && args[0] == DiscordDrainHarness.Command)
{
    return await DiscordDrainHarness.RunAsync(args[1..]);
}

// Every benchmark class in this assembly; pick with --filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
