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
                _ => $"\"{w} {words[(i * 7919) % words.Length]}\"",        // 10% phrases
            };
            if (used.Add(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }
}
