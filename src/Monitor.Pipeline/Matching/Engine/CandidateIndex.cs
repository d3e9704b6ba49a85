namespace Monitor.Pipeline.Matching;

/// <summary>
/// Which rules to evaluate for an item. A single-atom term (word, prefix, suffix, exact) makes its rules candidates as
/// soon as its atom is found. A phrase or proximity term does so only once the whole phrase is confirmed: its words
/// are often common ("voor", "stel"), and letting each one wake every rule would make the cost grow with the rules.
/// A phrase is checked only when its trigger atom is found: the word of the phrase that the fewest phrases share (a
/// word in thousands of phrases, like "over" from compound splits, is a common word, so it is a poor trigger).
/// </summary>
internal sealed class CandidateIndex
{
    public required int[][] AtomRules { get; init; }

    public required CompiledTerm[][] AtomTerms { get; init; }

    /// <summary>Gets, parallel to <see cref="AtomTerms"/>, another atom of the phrase to look at first (-1: none): one bit
    /// read rules out most phrases without touching the term.</summary>
    public required int[][] AtomTermPartners { get; init; }

    public required int[][] TermRules { get; init; }

    public required int[] Always { get; init; }

    /// <summary>Gets one bit per atom: set when the atom makes a rule or a phrase a candidate. Most touched atoms at large
    /// sizes are only the second word of some phrase; they are skipped without reading their (empty) lists.</summary>
    public required ulong[] WakeBits { get; init; }

    public bool Wakes(int atom) => (WakeBits[atom >> 6] & (1UL << atom)) != 0;

    public static CandidateIndex Build(int atomCount, int termCount, IReadOnlyList<(int Rule, CompiledTerm Term)> positive)
    {
        var atomRules = new HashSet<int>?[atomCount];
        var atomTerms = new Dictionary<CompiledTerm, int>?[atomCount];
        var termRules = new HashSet<int>?[termCount];
        var always = new SortedSet<int>();
        var phrasesPerAtom = new int[atomCount];
        foreach (var term in positive.Select(p => p.Term).Distinct())
        {
            foreach (var phrase in Phrases(term))
            {
                foreach (var a in phrase.Distinct())
                {
                    phrasesPerAtom[a]++;
                }
            }
        }

        foreach (var (rule, term) in positive)
        {
            foreach (var a in term.Single)
            {
                (atomRules[a] ??= []).Add(rule);
            }

            foreach (var phrase in Phrases(term))
            {
                var trigger = phrase.MinBy(a => phrasesPerAtom[a]);
                var partner = phrase.Where(a => a != trigger).DefaultIfEmpty(-1).MinBy(a => a < 0 ? int.MaxValue : phrasesPerAtom[a]);
                var terms = atomTerms[trigger] ??= new Dictionary<CompiledTerm, int>(ReferenceEqualityComparer.Instance);
                terms[term] = terms.TryGetValue(term, out var other) && other != partner ? -1 : partner; // two phrases of one term: no shortcut
                (termRules[term.Id] ??= []).Add(rule);
            }

            if (term.Regex is not null)
            {
                always.Add(rule);
            }
        }

        static IEnumerable<int[]> Phrases(CompiledTerm term) => term.Sloppy.Length > 0 ? term.Sequences.Append(term.Sloppy) : term.Sequences;

        var wakeBits = new ulong[(atomCount + 63) / 64];
        for (var a = 0; a < atomCount; a++)
        {
            if (atomRules[a] is not null || atomTerms[a] is not null)
            {
                wakeBits[a >> 6] |= 1UL << a;
            }
        }

        return new CandidateIndex
        {
            WakeBits = wakeBits,
            AtomRules = atomRules.Select(s => s?.Order().ToArray() ?? []).ToArray(),
            AtomTerms = atomTerms.Select(s => s?.Keys.ToArray() ?? []).ToArray(),
            AtomTermPartners = atomTerms.Select(s => s?.Values.ToArray() ?? []).ToArray(),
            TermRules = termRules.Select(s => s?.Order().ToArray() ?? []).ToArray(),
            Always = [.. always],
        };
    }
}
