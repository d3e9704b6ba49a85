using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Tests.Matching.Engine;

/// <summary>
/// A naive matcher to check the compiled engine against: it scans the words of a generated text for each term (no index,
/// no caches, no candidate rules). Words, their offsets and sentences come from the generator, not from the tokenizer.
/// A term's forms are given (taken from the engine's explanation), so the reference does not depend on the lexicon.
/// </summary>
internal sealed class ReferenceMatcher(IReadOnlyDictionary<string, IReadOnlySet<string>> formsByTerm)
{
    /// <summary>Returns the matches of <paramref name="condition"/> as (field, start, length, term) sorted, or null when it does not hold.</summary>
    public IReadOnlyList<(TextField Field, int Start, int Length, string Term)>? Match(RuleCondition condition, IReadOnlyDictionary<TextField, IReadOnlyList<Word>> fields)
    {
        var found = Eval(condition, fields);
        return found?.Select(o => (o.Field, o.Start, o.Length, o.Term)).Distinct()
            .OrderBy(m => m.Field).ThenBy(m => m.Start).ThenBy(m => m.Length).ThenBy(m => m.Term, StringComparer.Ordinal).ToList();
    }

    private static int Gap(Hit a, Hit b) => b.First > a.Last ? b.First - a.Last : a.First > b.Last ? a.First - b.Last : 0;

    private List<Hit>? Eval(RuleCondition node, IReadOnlyDictionary<TextField, IReadOnlyList<Word>> fields)
    {
        switch (node)
        {
            case TermCondition t:
                var hits = fields.SelectMany(f => Occurrences(t.Term, f.Key, f.Value)).ToList();
                return hits.Count > 0 ? hits : null;
            case AnyCondition any:
                var anyFound = any.Items.Select(i => Eval(i, fields)).Where(f => f is not null).ToList();
                return anyFound.Count > 0 ? anyFound.SelectMany(f => f!).ToList() : null;
            case AllCondition all:
                var allFound = all.Items.Select(i => Eval(i, fields)).ToList();
                return allFound.All(f => f is not null) ? allFound.SelectMany(f => f!).ToList() : null;
            case NotCondition not:
                return Eval(not.Inner, fields) is null ? [] : null;
            case NearCondition near:
                if (Eval(near.Left, fields) is not { } left || Eval(near.Right, fields) is not { } right)
                {
                    return null;
                }

                var pairs = left.SelectMany(l => right.Where(r => r.Field == l.Field && Gap(l, r) <= near.Distance).SelectMany(r => new[] { l, r })).ToList();
                return pairs.Count > 0 ? pairs : null;
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    private IEnumerable<Hit> Occurrences(TermSpec term, TextField field, IReadOnlyList<Word> words)
    {
        switch (term.Kind)
        {
            case TermKind.Word or TermKind.Exact:
                var forms = formsByTerm[term.Written];
                foreach (var w in words.Where(w => forms.Contains(w.Text)))
                {
                    yield return new Hit(term.Written, field, w.Index, w.Index, w.Start, w.Text.Length);
                }

                break;
            case TermKind.Phrase when term.Slop == 0:
                for (var i = 0; i + term.Words.Count <= words.Count; i++)
                {
                    // A phrase stays inside one sentence, like a ~N window.
                    if (Enumerable.Range(0, term.Words.Count).All(k => words[i + k].Text == term.Words[k] && words[i + k].Sentence == words[i].Sentence))
                    {
                        var last = words[i + term.Words.Count - 1];
                        yield return new Hit(term.Written, field, i, last.Index, words[i].Start, last.Start + last.Text.Length - words[i].Start);
                    }
                }

                break;
            case TermKind.Phrase:
                // Two words within Slop extra words of each other, either order, same sentence; each occurrence of the first
                // word takes its nearest partner (the earlier one on a tie).
                var window = term.Slop + 1;
                foreach (var a in words.Where(w => w.Text == term.Words[0]))
                {
                    var partner = words.Where(b => b.Text == term.Words[1] && b.Sentence == a.Sentence && Math.Abs(b.Index - a.Index) <= window)
                        .OrderBy(b => Math.Abs(b.Index - a.Index)).ThenBy(b => b.Index).FirstOrDefault();
                    if (partner is not null)
                    {
                        var (first, second) = a.Index < partner.Index ? (a, partner) : (partner, a);
                        yield return new Hit(term.Written, field, first.Index, second.Index, first.Start, second.Start + second.Text.Length - first.Start);
                    }
                }

                break;
            default:
                throw new NotSupportedException(term.Kind.ToString());
        }
    }

    /// <summary>A word of a generated text: its text, index in the field, offset and sentence number.</summary>
    internal sealed record Word(string Text, int Index, int Start, int Sentence);

    private sealed record Hit(string Term, TextField Field, int First, int Last, int Start, int Length);
}
