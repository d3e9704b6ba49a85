using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Benchmarks.Matching;

/// <summary>
/// Baseline: what substring-filter bots do, one compiled case-insensitive Regex per term, each run over every item
/// (no inflections, no compounds, no diacritic folding). 100,000 terms is left out: building 100,000 compiled regexes
/// and running them takes longer than the whole benchmark budget (extrapolate linearly from 10,000).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3)]
public class NaiveRegexBenchmarks
{
    private string[] texts = [];
    private Regex[] regexes = [];

    [Params(10, 1_000, 10_000)]
    public int Terms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        texts = DutchCorpus.Build().Select(i => $"{i.Title}\n{i.Summary}\n{i.Content}").ToArray();
        regexes = TermSet.Create(Terms).Select(t => new Regex(Pattern(t), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray();
    }

    [Benchmark(Description = "Naive: one compiled Regex per term (per MiB)")]
    public int Match()
    {
        var hits = 0;
        foreach (var text in texts)
        {
            foreach (var regex in regexes)
            {
                if (regex.IsMatch(text))
                {
                    hits++;
                }
            }
        }

        return hits;
    }

    private static string Pattern(string term)
    {
        var words = Tokenizer.Tokenize(term.Trim('"', '*')).Where(t => !t.IsPart).Select(t => Regex.Escape(term.Trim('"', '*').Substring(t.Start, t.Length))).ToList();
        var body = string.Join(@"\s+", words);
        return term.EndsWith('*') ? $@"\b{body}\w*" : term.StartsWith('*') ? $@"\w*{body}\b" : $@"\b{body}\b";
    }
}
