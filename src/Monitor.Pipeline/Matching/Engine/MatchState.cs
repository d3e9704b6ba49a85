using Monitor.Domain.Items;

namespace Monitor.Pipeline.Matching;

/// <summary>Per-item working state: atom hits from the single pass over the words, then term occurrences computed on demand.</summary>
internal sealed partial class MatchState
{
    [ThreadStatic]
    private static TokenizedText? tokenized;

    /// <summary>One reusable state per thread (for the engine that last used it): the per-atom hit lists and tables are
    /// cleared between items instead of allocated per item. Holds a reference to that engine until the thread matches with another.</summary>
    [ThreadStatic]
    private static MatchState? pooled;

    private readonly RuleEngine engine;
    private readonly List<AtomHit>?[] hitsByAtom;
    private readonly List<int> touched = [];
    private readonly Dictionary<CompiledTerm, List<Occurrence>> occurrences = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<long> wordHits = [];
    private bool wordHitsBuilt;

    private MatchState(RuleEngine engine)
    {
        this.engine = engine;
        hitsByAtom = new List<AtomHit>?[engine.Index.Atoms.Count];
        Item = null!;
    }

    public FeedItem Item { get; private set; }

    /// <summary>Returns this thread's state for <paramref name="engine"/>, cleared and set to <paramref name="item"/>.</summary>
    public static MatchState Rent(RuleEngine engine, FeedItem item)
    {
        var state = pooled;
        if (state is null || !ReferenceEquals(state.engine, engine))
        {
            pooled = state = new MatchState(engine);
        }

        state.Reset(item);
        return state;
    }

    private void Reset(FeedItem item)
    {
        Item = item;
        foreach (var a in touched)
        {
            hitsByAtom[a]!.Clear();
        }

        touched.Clear();
        occurrences.Clear();
        wordHits.Clear();
        wordHitsBuilt = false;
    }

    private bool Found(int atom) => hitsByAtom[atom] is { Count: > 0 };

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

                var list = hitsByAtom[a] ??= [];
                if (list.Count == 0)
                {
                    touched.Add(a);
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
        foreach (var atom in touched)
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
            if (!Found(a))
            {
                return false;
            }
        }

        return true;
    }

    public IReadOnlyList<AtomHit> Hits(int atom) => hitsByAtom[atom] is { } list ? list : [];

    private bool HasWordHit(int atom, TextField field, int word)
    {
        if (!wordHitsBuilt)
        {
            wordHitsBuilt = true;
            foreach (var a in touched)
            {
                foreach (var h in hitsByAtom[a]!)
                {
                    wordHits.Add(Key(a, h.Field, h.Word));
                }
            }
        }

        return wordHits.Contains(Key(atom, field, word));
    }

    private static long Key(int atom, TextField field, int word) => ((long)atom << 26) | ((long)field << 24) | (uint)word;
}
