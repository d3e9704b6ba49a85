using System.Diagnostics;
using System.Globalization;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Lexicon;

namespace Monitor.Benchmarks.Matching;

/// <summary>
/// <c>matching-quick</c>: the engine at one term count without BenchmarkDotNet's process-per-case overhead, for before/after
/// comparisons on a shared machine: same corpus, terms and rules as <see cref="MatchingBenchmarks"/>, compile and warm
/// matching measured <c>--rounds</c> times in one process, medians printed.
/// </summary>
internal static class MatchingQuickHarness
{
    public const string Command = "matching-quick";

    public static int Run(string[] args)
    {
        var terms = args.Length > 1 && args[0] == "--terms" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var rounds = args.Length > 3 && args[2] == "--rounds" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15;
        _ = LexiconSet.Default.Contains("invasie");
        _ = LexiconSet.Default.English.Contains("invasion");
        var items = DutchCorpus.Build();
        foreach (var workload in new[] { "dictionary", "absent" })
        {
            var rules = RuleSets.Of(workload == "absent" ? TermSet.CreateAbsent(terms, items) : TermSet.Create(terms));
            var compile = new List<double>();
            RuleEngine engine = null!;
            for (var i = 0; i < Math.Max(3, rounds / 3); i++)
            {
                var sw = Stopwatch.StartNew();
                engine = RuleEngine.Compile(rules, LexiconSet.Default);
                compile.Add(sw.Elapsed.TotalMilliseconds);
            }

            var hits = 0;
            for (var i = 0; i < 3; i++)
            {
                hits = items.Sum(item => engine.Match(item).Count);
            }

            var match = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var item in items)
                {
                    engine.Match(item);
                }

                match.Add(sw.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload,-10} terms {terms,6}  atoms {engine.AtomCount,6}  hits {hits,6}  match warm median {Median(match),7:F2} ms/MiB (min {match.Min():F2})  compile median {Median(compile),8:F1} ms (min {compile.Min():F1})"));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
