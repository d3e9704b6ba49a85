using BenchmarkDotNet.Attributes;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Benchmarks.Matching;

/// <summary>
/// The compiled rule engine over 1 MiB of Dutch news-like text (~4 KB items) at 10 to 100,000 terms: matching with the
/// per-word analysis cache warm (steady state), matching with the cache off (every word analysed: the cold worst case),
/// and compiling all rules. The word lists are loaded before measuring (see <see cref="LexiconBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
public class MatchingBenchmarks
{
    private IReadOnlyList<FeedItem> items = [];
    private List<RuleDefinition> rules = [];
    private RuleEngine warm = null!;
    private RuleEngine cold = null!;

    [Params(10, 1_000, 10_000, 100_000)]
    public int Terms { get; set; }

    /// <summary>Gets or sets which terms: <c>dictionary</c> = random dictionary words (hits grow with the terms: 254 rule
    /// hits per MiB at 10 terms, about 51,000 at 100,000); <c>absent</c> = the same make-up, but only the ten seed terms
    /// occur in the text (hits stay the same at every size; see <see cref="TermSet.CreateAbsent"/>).</summary>
    [Params("dictionary", "absent")]
    public string Workload { get; set; } = "dictionary";

    [GlobalSetup]
    public void Setup()
    {
        _ = LexiconSet.Default.Contains("invasie");
        items = DutchCorpus.Build();
        rules = RuleSets.Of(Workload == "absent" ? TermSet.CreateAbsent(Terms, items) : TermSet.Create(Terms));
        warm = RuleEngine.Compile(rules, LexiconSet.Default, cacheWords: true);
        cold = RuleEngine.Compile(rules, LexiconSet.Default, cacheWords: false);
        var hits = Run(warm);
        Console.WriteLine($"// {Workload}: {Terms} terms, {rules.Count} rules, {warm.AtomCount} atoms, {items.Count} items, {items.Sum(i => i.Title.Length + i.Summary.Length + i.Content.Length)} chars, {hits} rule hits");
    }

    [Benchmark(Description = "Engine, warm word cache (per MiB)")]
    public int MatchWarm() => Run(warm);

    [Benchmark(Description = "Engine, no word cache (per MiB)")]
    public int MatchCold() => Run(cold);

    [Benchmark(Description = "Compile all rules")]
    public int Compile() => RuleEngine.Compile(rules, LexiconSet.Default).TermCount;

    private int Run(RuleEngine engine)
    {
        var hits = 0;
        foreach (var item in items)
        {
            hits += engine.Match(item).Count;
        }

        return hits;
    }
}
