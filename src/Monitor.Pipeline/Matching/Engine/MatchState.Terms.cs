using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Engine;

/// <content>Term occurrences: single atoms, phrase sequences, proximity windows and regexes.</content>
internal sealed partial class MatchState
{
    /// <summary>The result for a term that did not occur; shared, so never modified (callers only read occurrence lists).</summary>
    private static readonly List<Occurrence> NoOccurrences = [];

    private IReadOnlyList<AtomHit> HitList(int atom) => Found(atom) ? hitsByAtom[atom]! : [];

    public List<Occurrence> Occurrences(CompiledTerm term)
    {
        if (termStamp[term.Id] == stamp)
        {
            return occurrencesByTerm[term.Id]!;
        }

        var list = Compute(term);
        occurrencesByTerm[term.Id] = list;
        termStamp[term.Id] = stamp;
        return list;
    }

    /// <summary>Returns the occurrences of <paramref name="term"/>, labelled with <paramref name="leaf"/> (its list name and spelling).</summary>
    public List<Occurrence> Occurrences(CompiledTerm term, TermCondition leaf)
    {
        var list = Occurrences(term);

        // The compiled term is shared; the occurrence must name the leaf that asked.
        return list.Count == 0 || ReferenceEquals(list[0].Term, leaf) ? list : list.ConvertAll(o => o with { Term = leaf });
    }

    /// <summary>Cheap pre-check for a leaf: could its term occur at all? Reads only the leaf and the atom stamps (no term, no hit lists).</summary>
    public bool MayOccur(EvalNode leaf)
    {
        if (leaf.AlwaysCheck)
        {
            return MayOccur(leaf.Term!);
        }

        if (leaf.Atom >= 0 && Found(leaf.Atom))
        {
            return true;
        }

        var phrases = leaf.Phrases;
        var i = 0;
        while (i < phrases.Length)
        {
            var end = i + 1 + phrases[i];
            var all = true;
            for (var k = i + 1; k < end && all; k++)
            {
                all = Found(phrases[k]);
            }

            if (all)
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    /// <summary>Cheap pre-check: could the term occur at all (a single atom, or every atom of a phrase, was found)? Most terms of a candidate rule were not.</summary>
    public bool MayOccur(CompiledTerm term)
    {
        if (term.Regex is not null)
        {
            return true;
        }

        foreach (var a in term.Single)
        {
            if (Found(a))
            {
                return true;
            }
        }

        return AllAtomsFound(term);
    }

    private List<Occurrence> Compute(CompiledTerm term)
    {
        var condition = RuleEngine.ConditionOf(term);
        List<Occurrence>? list = null;
        foreach (var a in term.Single)
        {
            foreach (ref readonly var h in Hits(a))
            {
                (list ??= []).Add(new Occurrence(condition, h.Field, h.Word, h.Word, h.Sentence, h.Start, h.Length));
            }
        }

        foreach (var seq in term.Sequences)
        {
            foreach (ref readonly var h in Hits(seq[0]))
            {
                var ok = true;
                for (var k = 1; k < seq.Length && ok; k++)
                {
                    var at = HitAt(seq[k], h.Field, h.Word + k);
                    ok = at >= 0 && hitsByAtom[seq[k]]![at].Sentence == h.Sentence; // a phrase stays inside one sentence
                }

                if (ok)
                {
                    var last = LastHitAt(seq[^1], h.Field, h.Word + seq.Length - 1);
                    (list ??= []).Add(new Occurrence(condition, h.Field, h.Word, last.Word, h.Sentence, h.Start, last.Start + last.Length - h.Start));
                }
            }
        }

        if (term.Sloppy.Length > 0)
        {
            AddSloppy(term, condition, list ??= []);
        }

        if (term.Regex is { } regex)
        {
            AddRegex(regex, condition, list ??= []);
        }

        if (list is null)
        {
            return NoOccurrences;
        }

        if (!IsSorted(list))
        {
            list.Sort((x, y) => x.Field != y.Field ? x.Field.CompareTo(y.Field) : x.Start.CompareTo(y.Start));
        }

        return list;
    }

    /// <summary>Whether occurrences are already in (field, start) order: one atom's hits are, in scan order.</summary>
    private static bool IsSorted(List<Occurrence> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i - 1].Field > list[i].Field || (list[i - 1].Field == list[i].Field && list[i - 1].Start > list[i].Start))
            {
                return false;
            }
        }

        return true;
    }

    private void AddSloppy(CompiledTerm term, TermCondition condition, List<Occurrence> list)
    {
        var window = term.Spec.Slop + term.Sloppy.Length - 1;
        foreach (var h in HitList(term.Sloppy[0]))
        {
            int first = h.Start, end = h.Start + h.Length, firstWord = h.Word, lastWord = h.Word;
            var ok = true;
            for (var k = 1; k < term.Sloppy.Length && ok; k++)
            {
                var best = HitList(term.Sloppy[k]).Where(o => o.Field == h.Field && o.Sentence == h.Sentence && Math.Abs(o.Word - h.Word) <= window)
                    .OrderBy(o => Math.Abs(o.Word - h.Word)).Cast<AtomHit?>().FirstOrDefault();
                ok = best is not null;
                if (best is { } b)
                {
                    first = Math.Min(first, b.Start);
                    end = Math.Max(end, b.Start + b.Length);
                    firstWord = Math.Min(firstWord, b.Word);
                    lastWord = Math.Max(lastWord, b.Word);
                }
            }

            if (ok && lastWord - firstWord <= window)
            {
                list.Add(new Occurrence(condition, h.Field, firstWord, lastWord, h.Sentence, first, end - first));
            }
        }
    }

    private void AddRegex(System.Text.RegularExpressions.Regex regex, TermCondition condition, List<Occurrence> list)
    {
        foreach (var field in new[] { TextField.Title, TextField.Summary, TextField.Content })
        {
            var text = Item.Text(field);
            try
            {
                foreach (System.Text.RegularExpressions.Match m in regex.Matches(text))
                {
                    if (m.Length == 0)
                    {
                        continue;
                    }

                    var tokens = Tokenizer.Tokenize(text[..m.Index]).Count(t => !t.IsPart);
                    list.Add(new Occurrence(condition, field, tokens, tokens, 0, m.Index, m.Length));
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // Bounded run time: a pathological pattern or text yields no match for this field instead of stalling the worker.
            }
        }
    }

    private AtomHit LastHitAt(int atom, TextField field, int word)
    {
        var i = HitAt(atom, field, word);
        return i >= 0 ? hitsByAtom[atom]![i] : throw new InvalidOperationException("Sequence check and hit list disagree.");
    }
}
