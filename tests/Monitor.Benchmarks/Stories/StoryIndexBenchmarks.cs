using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Monitor.Pipeline.Stories;

namespace Monitor.Benchmarks.Stories;

/// <summary>
/// Assigning an item to a story with 100,000 stories open in the window (issue 13 §5): the index (entity postings and
/// MinHash LSH bands) against a linear scan of every open story (the baseline, the same <c>StoryDecider</c>), both on the
/// same stories and items; the steady state of the poll cycle (expire what closed, then assign, the window always holding
/// 100,000 stories); and the per-item fingerprint (folding, tokenising, MinHash) the poll cycle pays once per item.
/// </summary>
/// <remarks>
/// A ShortRun job (3 warm-ups, 3 iterations, 1 launch) run in-process: on the shared 2-core machine the default
/// out-of-process build of the boilerplate exceeds BenchmarkDotNet's 2-minute build timeout, and a long run would
/// hold both cores. The numbers are therefore less tight than a default job's; the error column says by how much.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class StoryIndexBenchmarks
{
    private const int Open = 100_000;
    private const int Ring = 131_072; // > Open: an item comes round again only after its first story expired
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TimeSpan step = StoryDefaults.Window / Open;
    private StoryFingerprint[] fresh = [];
    private StoryFingerprint[] rewrites = [];
    private StoryFingerprint[] queries = [];
    private StoryItem[] texts = [];
    private List<StoryCandidate> scan = [];
    private StoryIndex index = null!;
    private int next;
    private int query;

    [GlobalSetup]
    public void Setup()
    {
        fresh = new StoryFingerprint[Ring];
        rewrites = new StoryFingerprint[Ring];
        Parallel.For(0, Ring, n => (fresh[n], rewrites[n]) = (StoryFeatures.Of(SyntheticStories.Fresh(n)), StoryFeatures.Of(SyntheticStories.Rewrite(n))));
        texts = [.. Enumerable.Range(Open, 1024).Select(SyntheticStories.Fresh)];
        index = new StoryIndex(StoryOptions.Default);
        scan = new List<StoryCandidate>(Open);
        for (var n = 0; n < Open; n++)
        {
            var at = Start + (step * n);
            var decision = index.Assign(fresh[n], at);
            scan.Add(new StoryCandidate(decision.Story, at, [fresh[n]]));
        }

        // Half new events, half rewrites of one of the 5,000 newest stories.
        var random = new Random(42);
        queries = [.. Enumerable.Range(0, 4096).Select(i => i % 2 == 0 ? fresh[Open + i] : rewrites[Open - 1 - random.Next(5_000)])];
        next = Open;
        Console.WriteLine($"// {index.Count} open stories from {Open} first reports");
    }

    private DateTimeOffset QueryTime => Start + (step * Open);

    [Benchmark(Baseline = true, Description = "Find story, linear scan of 100k open stories")]
    public StoryDecision ScanFind() => StoryDecider.Decide(queries[query++ & 4095], scan, QueryTime, StoryOptions.Default);

    [Benchmark(Description = "Find story, index (100k open stories)")]
    public StoryDecision IndexFind() => index.Find(queries[query++ & 4095], QueryTime);

    /// <summary>The poll cycle's steady state: a new event (time moves on one step, one story expires) or a rewrite of a
    /// recent one (joins it), in turn; the window keeps about 100,000 stories.</summary>
    [Benchmark(Description = "Expire + assign, index, steady state at 100k open")]
    public StoryDecision IndexAssign()
    {
        var n = next;
        var now = Start + (step * n);
        if ((query++ & 1) == 0)
        {
            next++;
            index.Expire(now);
            return index.Assign(fresh[n % Ring], now);
        }

        return index.Assign(rewrites[(n - 1 - (query % 5_000)) % Ring], now);
    }

    [Benchmark(Description = "Fingerprint one item (fold, tokenise, entities, MinHash)")]
    public int Fingerprint() => StoryFeatures.Of(texts[query++ & 1023]).Entities.Length;

    /// <summary>ShortRun, in-process (see the remarks of the class).</summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }
}
