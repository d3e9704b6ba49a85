using Monitor.Domain;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Benchmarks.Matching;

/// <summary>A benchmark term set: about 70% words, 20% prefix or compound-part terms, 10% phrases, grouped ten to a rule.</summary>
public static class TermSet
{
    private static readonly string[] Seed = ["invasie", "Rusland", "Oekraïne", "troepen", "ambassadepersoneel", "sancties", "Kremlin", "aanval*", "*oorlog", "\"diplomatieke oplossing\""];

    /// <summary>Returns <paramref name="count"/> terms (the ten seed-scenario terms first), seeded.</summary>
    public static IReadOnlyList<string> Create(int count, int seed = 7)
    {
        if (count <= Seed.Length)
        {
            return Seed[..count];
        }

        // An analyst's list holds content words, not 'naar' or 'regering': skip the words the corpus itself is built from.
        var corpusWords = DutchCorpus.FixedWords();
        var words = DutchCorpus.LexiconWords(seed).Where(w => !corpusWords.Contains(w)).ToArray();
        var terms = new List<string>(count);
        terms.AddRange(Seed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (terms.Count < count)
        {
            var w = words[i++ % words.Length];
            var slot = terms.Count % 10;
            string term = slot switch
            {
                < 7 => w,                                                   // 70% words
                7 => w[..Math.Min(w.Length, 5 + (terms.Count % 3))] + "*",  // 10% prefixes (5-7 letters)
                8 => "*" + w,                                               // 10% compound last parts
                _ => $"\"{w} {words[(int)((long)i * 7919 % words.Length)]}\"", // 10% phrases
            };
            if (used.Add(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>
    /// Returns <paramref name="count"/> terms of the same make-up (70% words, 10% prefixes, 10% suffixes, 10% phrases;
    /// the ten seed-scenario terms first) of which only the seed terms occur in <paramref name="corpus"/>: the
    /// percolator case (most queries match nothing), where the number of hits is the same at every size, so that the
    /// time measures the engine's growth with the number of terms and not the growth of its output. Which candidates
    /// occur is decided by the engine itself (each candidate compiled as a rule of its own and run over the corpus).
    /// </summary>
    public static IReadOnlyList<string> CreateAbsent(int count, IReadOnlyList<FeedItem> corpus, int seed = 7)
    {
        if (count <= Seed.Length)
        {
            return Seed[..count];
        }

        var pool = Create((count * 3) + 1_000, seed).Skip(Seed.Length).ToList();
        var probe = RuleEngine.Compile(pool.Select((t, i) => new RuleDefinition($"t{i}", "probe", Severity.Low, [t], [])), LexiconSet.Default);
        var occurring = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in corpus)
        {
            foreach (var hit in probe.Match(item))
            {
                occurring.Add(hit.RuleId);
            }
        }

        // Keep the make-up: take absent candidates per kind, then interleave them in the same 7/1/1/1 pattern as Create.
        var byKind = pool.Where((t, i) => !occurring.Contains($"t{i}")).GroupBy(Kind).ToDictionary(g => g.Key, g => new Queue<string>(g));
        var terms = new List<string>(count);
        terms.AddRange(Seed);
        while (terms.Count < count)
        {
            var kind = (terms.Count % 10) switch { < 7 => 0, 7 => 1, 8 => 2, _ => 3 };
            terms.Add(byKind[kind].Dequeue());
        }

        return terms;

        static int Kind(string term) => term[0] == '"' ? 3 : term[0] == '*' ? 2 : term[^1] == '*' ? 1 : 0;
    }
}
