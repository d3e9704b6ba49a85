namespace Monitor.Pipeline.Matching.Engine;

/// <summary>
/// Which rules to evaluate for an item. A single-atom term (word, prefix, suffix, exact) makes its rules candidates as
/// soon as its atom is found. A phrase or proximity term does so only once the whole phrase is confirmed: its words
/// are often common ("voor", "stel"), and letting each one wake every rule would make the cost grow with the rules.
/// A phrase is checked only when its trigger atom is found: the word of the phrase that the fewest phrases share (a
/// word in thousands of phrases, like "over" from compound splits, is a common word, so it is a poor trigger).
/// </summary>
internal sealed class CandidateIndex
{
    /// <summary>Gets, for atom <c>a</c>, where its entries start in <see cref="Data"/>: rule ids from <c>Offsets[2a]</c>,
    /// then (partner atom, order, term id) triples from <c>Offsets[2a + 1]</c>, up to <c>Offsets[2a + 2]</c>. One flat array
    /// instead of three arrays per atom: a touched atom costs two cache lines, not six.</summary>
    public required int[] Offsets { get; init; }

    /// <summary>Gets the entries described by <see cref="Offsets"/>.</summary>
    public required int[] Data { get; init; }

    /// <summary>Returns the rules a found <paramref name="atom"/> makes candidates.</summary>
    public ReadOnlySpan<int> RulesOf(int atom) => Data.AsSpan(Offsets[2 * atom], Offsets[(2 * atom) + 1] - Offsets[2 * atom]);

    /// <summary>Returns the phrases <paramref name="atom"/> triggers, as (partner atom or -1, order, term id) triples. Order
    /// 1: the partner must be the next word; -1: the previous word; 0: no such shortcut (longer phrase, proximity).</summary>
    public ReadOnlySpan<int> PhrasesOf(int atom) => Data.AsSpan(Offsets[(2 * atom) + 1], Offsets[(2 * atom) + 2] - Offsets[(2 * atom) + 1]);

    public required int[][] TermRules { get; init; }

    public required int[] Always { get; init; }

    /// <summary>Gets one bit per atom: set when the atom makes a rule or a phrase a candidate. Most touched atoms at large
    /// sizes are only the second word of some phrase; they are skipped without reading their (empty) lists.</summary>
    public required ulong[] WakeBits { get; init; }

    public bool Wakes(int atom) => (WakeBits[atom >> 6] & (1UL << atom)) != 0;

    public static CandidateIndex Build(int atomCount, int termCount, IReadOnlyList<(int Rule, CompiledTerm Term)> positive)
    {
        var atomRules = new HashSet<int>?[atomCount];
        var atomTerms = new Dictionary<CompiledTerm, (int Partner, int Order)>?[atomCount];
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

                // A two-word phrase (not a proximity term) also says where the partner must be: the word after or before.
                var order = partner < 0 || phrase.Length != 2 || ReferenceEquals(phrase, term.Sloppy) ? 0 : phrase[1] == partner ? 1 : -1;
                var terms = atomTerms[trigger] ??= new Dictionary<CompiledTerm, (int, int)>(ReferenceEqualityComparer.Instance);
                terms[term] = terms.TryGetValue(term, out var other) && other != (partner, order) ? (-1, 0) : (partner, order); // two phrases of one term: no shortcut
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

        var offsets = new int[(2 * atomCount) + 1];
        var data = new List<int>();
        for (var a = 0; a < atomCount; a++)
        {
            offsets[2 * a] = data.Count;
            if (atomRules[a] is { } rules)
            {
                data.AddRange(rules.Order());
            }

            offsets[(2 * a) + 1] = data.Count;
            foreach (var (term, (partner, order)) in atomTerms[a] ?? [])
            {
                data.Add(partner);
                data.Add(order);
                data.Add(term.Id);
            }
        }

        offsets[2 * atomCount] = data.Count;
        return new CandidateIndex
        {
            WakeBits = wakeBits,
            Offsets = offsets,
            Data = [.. data],
            TermRules = termRules.Select(s => s?.Order().ToArray() ?? []).ToArray(),
            Always = [.. always],
        };
    }
}
