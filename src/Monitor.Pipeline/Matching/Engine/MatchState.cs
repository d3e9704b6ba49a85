using Monitor.Domain.Items;

namespace Monitor.Pipeline.Matching;

/// <summary>Per-item working state: atom hits from the single pass over the words, then term occurrences computed on demand.</summary>
internal sealed partial class MatchState
{
    [ThreadStatic]
    private static TokenizedText? tokenized;

    private readonly RuleEngine engine;
    private readonly Dictionary<int, List<AtomHit>> hitsByAtom = [];
    private readonly Dictionary<CompiledTerm, List<Occurrence>> occurrences = new(ReferenceEqualityComparer.Instance);
    private HashSet<long>? wordHits;

    public MatchState(RuleEngine engine, FeedItem item)
    {
        this.engine = engine;
        Item = item;
    }

    public FeedItem Item { get; }

    /// <summary>Looks every word of one field up in the index once and records the atom hits.</summary>
    public void Scan(TextField field, string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var t = tokenized ??= new TokenizedText();
        t.Reset(text);
        var index = engine.Index;
        foreach (ref readonly var token in t.Tokens)
        {
            var atoms = index.Lookup(t.Folded(token));
            foreach (var a in atoms)
            {
                var atom = index.Atoms[a];
                if (atom.Kind == AtomKind.Exact && !text.AsSpan(token.Start, token.Length).SequenceEqual(atom.Key))
                {
                    continue;
                }

                if (!hitsByAtom.TryGetValue(a, out var list))
                {
                    hitsByAtom[a] = list = [];
                }

                list.Add(new AtomHit(a, field, token.Word, token.Sentence, token.Start, token.Length));
            }
        }
    }

    /// <summary>Returns the rules that have at least one hit on a term that counts as evidence, in config order (ascending, distinct).</summary>
    public List<int> CandidateRules()
    {
        var index = engine.Candidates;
        var list = new List<int>(index.Always);
        foreach (var atom in hitsByAtom.Keys)
        {
            list.AddRange(index.AtomRules[atom]);
            foreach (var term in index.AtomTerms[atom])
            {
                if (AllAtomsFound(term) && Occurrences(term).Count > 0)
                {
                    list.AddRange(index.TermRules[term.Id]);
                }
            }
        }

        if (list.Count < 2)
        {
            return list;
        }

        list.Sort();
        var n = 1;
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i] != list[n - 1])
            {
                list[n++] = list[i];
            }
        }

        list.RemoveRange(n, list.Count - n);
        return list;
    }

    private bool AllAtomsFound(CompiledTerm term)
    {
        foreach (var seq in term.Sequences)
        {
            if (AllFound(seq))
            {
                return true;
            }
        }

        return term.Sloppy.Length > 0 && AllFound(term.Sloppy);
    }

    private bool AllFound(int[] atoms)
    {
        foreach (var a in atoms)
        {
            if (!hitsByAtom.ContainsKey(a))
            {
                return false;
            }
        }

        return true;
    }

    public IReadOnlyList<AtomHit> Hits(int atom) => hitsByAtom.TryGetValue(atom, out var list) ? list : [];

    private bool HasWordHit(int atom, TextField field, int word)
    {
        if (wordHits is null)
        {
            wordHits = [];
            foreach (var (a, list) in hitsByAtom)
            {
                foreach (var h in list)
                {
                    wordHits.Add(Key(a, h.Field, h.Word));
                }
            }
        }

        return wordHits.Contains(Key(atom, field, word));
    }

    private static long Key(int atom, TextField field, int word) => ((long)atom << 26) | ((long)field << 24) | (uint)word;
}
