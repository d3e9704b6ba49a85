using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Lucene.Net.Index;
using Lucene.Net.Index.Memory;
using Lucene.Net.Search;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Benchmarks.Matching;

/// <summary>
/// Baseline: percolation with Lucene.Net.Memory (the engine behind Elasticsearch's percolator). Each item goes into a
/// one-document MemoryIndex, then every term runs as a query (TermQuery, PrefixQuery, WildcardQuery for *suffix,
/// PhraseQuery). No candidate pre-selection (Elasticsearch adds that), no inflections or compounds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3)]
public class LucenePercolatorBenchmarks
{
    private const string Field = "body";
    private readonly FoldingAnalyzer analyzer = new();
    private string[] texts = [];
    private Query[] queries = [];

    [Params(10, 1_000, 10_000, 100_000)]
    public int Terms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        texts = DutchCorpus.Build().Select(i => $"{i.Title}\n{i.Summary}\n{i.Content}").ToArray();
        queries = TermSet.Create(Terms).Select(ToQuery).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => analyzer.Dispose();

    [Benchmark(Description = "Lucene MemoryIndex percolator (per MiB)")]
    public int Match()
    {
        var hits = 0;
        foreach (var text in texts)
        {
            var index = new MemoryIndex();
            index.AddField(Field, text, analyzer);
            foreach (var query in queries)
            {
                if (index.Search(query) > 0)
                {
                    hits++;
                }
            }
        }

        return hits;
    }

    private static Query ToQuery(string term)
    {
        var words = Tokenizer.Tokenize(term.Trim('"', '*')).Where(t => !t.IsPart).Select(t => t.Folded).ToList();
        if (term.EndsWith('*'))
        {
            return new PrefixQuery(new Term(Field, words[0]));
        }

        if (term.StartsWith('*'))
        {
            return new WildcardQuery(new Term(Field, "*" + words[0]));
        }

        if (words.Count == 1)
        {
            return new TermQuery(new Term(Field, words[0]));
        }

        var phrase = new PhraseQuery();
        foreach (var w in words)
        {
            phrase.Add(new Term(Field, w));
        }

        return phrase;
    }
}
