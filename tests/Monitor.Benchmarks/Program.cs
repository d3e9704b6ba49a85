using BenchmarkDotNet.Running;
using Monitor.Benchmarks.Discord;

// Reproducible harnesses that are not BenchmarkDotNet suites run by name (see docs/benchmarks.md).
if (args.Length > 0 && args[0] == DiscordDrainHarness.Command)
{
    return await DiscordDrainHarness.RunAsync(args[1..]);
}

// `ingestion-cycle` and `ingestion-path`: the reproducible ingestion harnesses (issue 4); see docs/benchmarks.md.
if (args.Length > 0 && args[0] == "ingestion-cycle")
{
    return await Monitor.Benchmarks.Ingestion.PollCycleHarness.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "ingestion-path")
{
    return Monitor.Benchmarks.Ingestion.PathRatioHarness.Run(args[1..]);
}

if (args.Length > 0 && args[0] == Monitor.Benchmarks.Matching.MatchingQuickHarness.Command)
{
    return Monitor.Benchmarks.Matching.MatchingQuickHarness.Run(args[1..]);
}

// Every benchmark class in this assembly; pick with --filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
