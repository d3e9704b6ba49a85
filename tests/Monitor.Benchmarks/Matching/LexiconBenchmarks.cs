using System.Reflection;
using BenchmarkDotNet.Attributes;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Lexicon;

namespace Monitor.Benchmarks.Matching;

/// <summary>Loading the bundled Dutch word list from its embedded gzip resource (what the first compile pays once).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class LexiconBenchmarks
{
    private static readonly MethodInfo FromResource = typeof(Lexicon).GetMethod("FromResource", BindingFlags.NonPublic | BindingFlags.Static)!;

    [Benchmark(Description = "Load Dutch word list (413k words)")]
    public int LoadDutch() => ((Lexicon)FromResource.Invoke(null, ["nl-opentaal.words.gz"])!).Count;

    [Benchmark(Description = "Load English word list")]
    public int LoadEnglish() => ((Lexicon)FromResource.Invoke(null, ["en-scowl.words.gz"])!).Count;
}
