using System.Globalization;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Pipeline.Matching.Engine;

/// <content>Rule evaluation for candidate rules: condition tree, score, severity adjustments.</content>
public sealed partial class RuleEngine
{
    internal TermIndex Index => index;

    internal CandidateIndex Candidates => candidates;

    internal static TermCondition ConditionOf(CompiledTerm term) => term.Leaf!;

    internal CompiledTerm TermById(int id) => termList[id];

    private static RuleHit? Evaluate(CompiledRule rule, MatchState state)
    {
        var found = Eval(rule.Node, state, rule.FieldMask);
        if (found is null)
        {
            return null;
        }

        var def = rule.Definition;
        var occurrences = IsDistinctSorted(found) ? found : DistinctSorted(found);
        double score = 0;
        if (def.Score is { } scoring)
        {
            score = Score(scoring, occurrences);
            if (score < scoring.Min)
            {
                return null;
            }
        }

        var (severity, explanation) = def.Escalate.Count + def.Deescalate.Count == 0 ? (def.Severity, null) : Adjust(rule, occurrences, state);
        var matches = new List<TermMatch>(occurrences.Count);
        foreach (var o in occurrences)
        {
            matches.Add(new TermMatch(o.Term.Term.Written, state.Item.Text(o.Field).Substring(o.Start, o.Length), o.Field, o.Start, o.Length));
        }

        return new RuleHit(def.Id, def.Category, severity, matches)
        {
            Labels = def.Labels,
            Channels = def.Channels,
            Score = score,
            BaseSeverity = def.Severity,
            Explanation = explanation,
        };
    }

    /// <summary>Whether <paramref name="found"/> is already what <see cref="DistinctSorted"/> would return (the usual case:
    /// one term's list, which is kept in (field, start) order), so that it can be used as it is.</summary>
    private static bool IsDistinctSorted(List<Occurrence> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            var (p, o) = (found[i - 1], found[i]);
            if (p.Field > o.Field || (p.Field == o.Field && p.Start > o.Start))
            {
                return false;
            }

            for (var k = i - 1; k >= 0 && found[k].Field == o.Field && found[k].Start == o.Start; k--)
            {
                if (found[k].Length == o.Length && string.Equals(found[k].Term.Term.Written, o.Term.Term.Written, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Same result as <c>DistinctBy(field, start, length, written).OrderBy(field).ThenBy(start)</c> without LINQ: keeps the
    /// first of each duplicate, then a stable insertion sort (lists are short). Never mutates <paramref name="found"/>
    /// (it may be a cached per-term list).
    /// </summary>
    private static List<Occurrence> DistinctSorted(List<Occurrence> found)
    {
        var result = new List<Occurrence>(found.Count);
        foreach (var o in found)
        {
            var i = result.Count;
            while (i > 0 && (result[i - 1].Field > o.Field || (result[i - 1].Field == o.Field && result[i - 1].Start > o.Start)))
            {
                i--;
            }

            // Duplicates share field and start, so they sit right before the insertion point.
            var duplicate = false;
            for (var k = i - 1; k >= 0 && result[k].Field == o.Field && result[k].Start == o.Start; k--)
            {
                if (result[k].Length == o.Length && string.Equals(result[k].Term.Term.Written, o.Term.Term.Written, StringComparison.Ordinal))
                {
                    duplicate = true;
                    break;
                }
            }

            if (!duplicate)
            {
                result.Insert(i, o);
            }
        }

        return result;
    }

    private static double Score(RuleScore scoring, List<Occurrence> occurrences)
    {
        double total = 0;
        foreach (var group in occurrences.GroupBy(o => o.Term.ListName is { } list ? "@" + list : o.Term.Term.Written, StringComparer.Ordinal))
        {
            var weight = scoring.Weights.TryGetValue(group.Key, out var w) ? w : 1;
            total += group.Any(o => o.Field == Domain.Items.TextField.Title) ? weight * scoring.TitleBoost : weight;
        }

        return total;
    }

    private static (Severity Severity, string? Explanation) Adjust(CompiledRule rule, List<Occurrence> occurrences, MatchState state)
    {
        var def = rule.Definition;
        var severity = def.Severity;
        string? explanation = null;
        for (var pass = 0; pass < 2; pass++)
        {
            var raise = pass == 0;
            var (adjustments, nodes) = raise ? (def.Escalate, rule.Escalate) : (def.Deescalate, rule.Deescalate);
            for (var i = 0; i < adjustments.Count; i++)
            {
                var adj = adjustments[i];
                if ((raise ? adj.To <= severity : adj.To >= severity) || Evidence(adj, nodes[i], occurrences, state) is not { } evidence)
                {
                    continue;
                }

                severity = adj.To;
                var text = state.Item.Text(evidence.Field).Substring(evidence.Start, evidence.Length);
                explanation = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(raise ? "escalated" : "de-escalated")} to {adj.To.ToName()}: '{text}'{(adj.Near is { } n ? $" within {n} words of the match" : string.Empty)}");
            }
        }

        return (severity, explanation);
    }

    private static Occurrence? Evidence(SeverityAdjustment adj, EvalNode condition, List<Occurrence> occurrences, MatchState state)
    {
        var found = Eval(condition, state, FullMask);
        if (found is null || found.Count == 0)
        {
            return null;
        }

        if (adj.Near is not { } near)
        {
            return found[0];
        }

        foreach (var e in found)
        {
            if (occurrences.Exists(o => o.Field == e.Field && o.Sentence == e.Sentence && Gap(o, e) <= near))
            {
                return e;
            }
        }

        return null;
    }

    private static int Gap(Occurrence a, Occurrence b) =>
        b.Word > a.LastWord ? b.Word - a.LastWord : a.Word > b.LastWord ? a.Word - b.LastWord : 0;

    private static List<Occurrence>? Eval(EvalNode node, MatchState state, int mask)
    {
        switch (node.Kind)
        {
            case EvalNodeKind.Term:
                if (!state.MayOccur(node))
                {
                    return null; // the common case for most leaves of a candidate rule
                }

                var all = state.Occurrences(node.Term!, node.Leaf!);
                if (all.Count == 0)
                {
                    return null;
                }

                if ((mask & FullMask) == FullMask)
                {
                    return all; // shared per-term list: callers only read or copy it
                }

                List<Occurrence>? inFields = null;
                foreach (var o in all)
                {
                    if ((mask & (1 << (int)o.Field)) != 0)
                    {
                        (inFields ??= []).Add(o);
                    }
                }

                return inFields;
            case EvalNodeKind.Any:
                List<Occurrence>? anyFound = null;
                List<Occurrence>? single = null;
                foreach (var child in node.Children)
                {
                    if (Eval(child, state, mask) is not { } f)
                    {
                        continue;
                    }

                    if (single is null && anyFound is null)
                    {
                        single = f; // one child found (the usual case): no copy
                        continue;
                    }

                    if (anyFound is null)
                    {
                        anyFound = new List<Occurrence>(single!.Count + f.Count);
                        anyFound.AddRange(single);
                        single = null;
                    }

                    anyFound.AddRange(f);
                }

                return anyFound ?? single;
            case EvalNodeKind.All:
                var allFound = new List<Occurrence>();
                foreach (var child in node.Children)
                {
                    if (Eval(child, state, mask) is not { } f)
                    {
                        return null;
                    }

                    allFound.AddRange(f);
                }

                return allFound;
            case EvalNodeKind.Not:
                return Eval(node.Children[0], state, mask) is null ? [] : null;
            case EvalNodeKind.Field:
                return Eval(node.Children[0], state, mask & node.Mask);
            case EvalNodeKind.Near:
                return Near(node, state, mask);
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown condition node.");
        }
    }

    private static List<Occurrence>? Near(EvalNode near, MatchState state, int mask)
    {
        if (Eval(near.Children[0], state, mask) is not { } left || Eval(near.Children[1], state, mask) is not { } right)
        {
            return null;
        }

        var found = new List<Occurrence>();
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (l.Field == r.Field && Gap(l, r) <= near.Distance)
                {
                    found.Add(l);
                    found.Add(r);
                }
            }
        }

        return found.Count > 0 ? found : null;
    }
}
