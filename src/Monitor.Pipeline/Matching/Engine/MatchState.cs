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

    /// <summary>Returns the rules that have at least one hit on a term that counts as evidence, in config order.</summary>
    public IEnumerable<int> CandidateRules()
    {
        var set = new SortedSet<int>(engine.AlwaysCandidates);
        foreach (var atom in hitsByAtom.Keys)
        {
            set.UnionWith(engine.AtomRules[atom]);
        }

        return set;
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
