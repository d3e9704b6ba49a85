using System.Runtime.InteropServices;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Engine;

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
    private readonly List<Occurrence>?[] occurrencesByTerm;

    /// <summary>Per term and per rule: the item number (<see cref="stamp"/>) for which the slot holds data. A slot with an
    /// older stamp is empty, so nothing is cleared between items. Atoms use a bit set instead (<see cref="found"/>: small
    /// enough to stay in cache at 100,000 terms; the touched atoms' bits are cleared per item).</summary>
    private readonly ulong[] found;
    private readonly int[] termStamp;
    private readonly int[] ruleStamp;
    private readonly List<int> touched = [];
    private readonly List<int> candidates = [];
    private int stamp;

    private MatchState(RuleEngine engine)
    {
        this.engine = engine;
        hitsByAtom = new List<AtomHit>?[engine.Index.Atoms.Count];
        found = new ulong[(hitsByAtom.Length + 63) / 64];
        occurrencesByTerm = new List<Occurrence>?[engine.TermCount];
        termStamp = new int[occurrencesByTerm.Length];
        ruleStamp = new int[engine.RuleCount];
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
        if (++stamp == int.MaxValue)
        {
            Array.Clear(termStamp);
            Array.Clear(ruleStamp);
            stamp = 1;
        }

        foreach (var a in touched)
        {
            found[a >> 6] &= ~(1UL << a);
        }

        touched.Clear();
    }

    /// <summary>Returns whether <paramref name="atom"/> matched a word of the current item.</summary>
    public bool Found(int atom) => (found[atom >> 6] & (1UL << atom)) != 0;

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
        var exact = index.Exact;
        foreach (ref readonly var token in t.Tokens)
        {
            var atoms = index.Lookup(t.Folded(token));
            foreach (var a in atoms)
            {
                if (exact[a] && !text.AsSpan(token.Start, token.Length).SequenceEqual(index.Atoms[a].Key))
                {
                    continue;
                }

                List<AtomHit> list;
                if (Found(a))
                {
                    list = hitsByAtom[a]!;
                }
                else
                {
                    found[a >> 6] |= 1UL << a;
                    list = hitsByAtom[a] ??= [];
                    list.Clear();
                    touched.Add(a);
                }

                list.Add(new AtomHit(a, field, token.Word, token.Sentence, token.Start, token.Length));
            }
        }
    }

    /// <summary>Returns the rules that have at least one hit on a term that counts as evidence, in config order (ascending, distinct).</summary>
    /// <remarks>The list is reused for the next item of this thread.</remarks>
    public List<int> CandidateRules()
    {
        var index = engine.Candidates;
        var list = candidates;
        list.Clear();
        foreach (var r in index.Always)
        {
            AddCandidate(list, r);
        }

        foreach (var atom in touched)
        {
            if (!index.Wakes(atom))
            {
                continue;
            }

            foreach (var r in index.RulesOf(atom))
            {
                AddCandidate(list, r);
            }

            var phrases = index.PhrasesOf(atom);
            for (var k = 0; k < phrases.Length; k += 3)
            {
                var (partner, order) = (phrases[k], phrases[k + 1]);
                if (partner >= 0 && (!Found(partner) || (order != 0 && !Adjacent(order > 0 ? atom : partner, order > 0 ? partner : atom))))
                {
                    continue;
                }

                var term = engine.TermById(phrases[k + 2]);
                if (AllAtomsFound(term) && Occurrences(term).Count > 0)
                {
                    foreach (var r in index.TermRules[term.Id])
                    {
                        AddCandidate(list, r);
                    }
                }
            }
        }

        list.Sort();
        return list;
    }

    /// <summary>Whether a hit of <paramref name="second"/> directly follows a hit of <paramref name="first"/> (one merge
    /// walk over both hit lists, which are in (field, word) order).</summary>
    private bool Adjacent(int first, int second)
    {
        var a = Hits(first);
        var b = Hits(second);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].Field != b[j].Field ? a[i].Field.CompareTo(b[j].Field) : (a[i].Word + 1).CompareTo(b[j].Word);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    private void AddCandidate(List<int> list, int rule)
    {
        if (ruleStamp[rule] != stamp)
        {
            ruleStamp[rule] = stamp;
            list.Add(rule);
        }
    }

    /// <summary>Whether every atom of one of the term's phrases (sequence or proximity words) was found.</summary>
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

    /// <summary>Returns the hits of <paramref name="atom"/> in the current item, in scan order (valid until the next item).</summary>
    public ReadOnlySpan<AtomHit> Hits(int atom) => Found(atom) ? CollectionsMarshal.AsSpan(hitsByAtom[atom]) : default;

    /// <summary>Finds the first hit of <paramref name="atom"/> on word <paramref name="word"/> of <paramref name="field"/>, or -1.
    /// An atom's hits are recorded in scan order (title, summary, content; words ascending), so this is a binary search.</summary>
    private int HitAt(int atom, TextField field, int word)
    {
        if (!Found(atom))
        {
            return -1;
        }

        var hits = hitsByAtom[atom]!;
        int lo = 0, hi = hits.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var h = hits[mid];
            var c = h.Field != field ? h.Field.CompareTo(field) : h.Word.CompareTo(word);
            if (c == 0)
            {
                while (mid > 0 && hits[mid - 1].Field == field && hits[mid - 1].Word == word)
                {
                    mid--; // the first of them: a whole hyphenated word comes before its parts
                }

                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
