using System.Globalization;
using Monitor.Domain;
using Monitor.Domain.Alerts;

namespace Monitor.Pipeline.Matching;

/// <content>Rule evaluation for candidate rules: condition tree, score, severity adjustments.</content>
public sealed partial class RuleEngine
{
    internal TermIndex Index => index;

    internal CandidateIndex Candidates => candidates;

    internal CompiledTerm TermOf(TermCondition condition) => terms[condition];

    internal static TermCondition ConditionOf(CompiledTerm term) => term.Leaf!;

    private static RuleHit? Evaluate(CompiledRule rule, MatchState state)
    {
        var found = Eval(rule.Condition, state, rule.FieldMask);
        if (found is null)
        {
            return null;
        }

        var def = rule.Definition;
        var occurrences = found.Count == 1 ? found : DistinctSorted(found);
        double score = 0;
        if (def.Score is { } scoring)
        {
            score = Score(scoring, occurrences);
            if (score < scoring.Min)
            {
                return null;
            }
        }

        var (severity, explanation) = def.Escalate.Count + def.Deescalate.Count == 0 ? (def.Severity, null) : Adjust(def, occurrences, state);
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
            var duplicate = false;
            foreach (var r in result)
            {
                if (r.Field == o.Field && r.Start == o.Start && r.Length == o.Length && string.Equals(r.Term.Term.Written, o.Term.Term.Written, StringComparison.Ordinal))
                {
                    duplicate = true;
                    break;
                }
            }

            if (duplicate)
            {
                continue;
            }

            var i = result.Count;
            while (i > 0 && (result[i - 1].Field > o.Field || (result[i - 1].Field == o.Field && result[i - 1].Start > o.Start)))
            {
                i--;
            }

            result.Insert(i, o);
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

    private static (Severity Severity, string? Explanation) Adjust(RuleDefinition def, List<Occurrence> occurrences, MatchState state)
    {
        var severity = def.Severity;
        string? explanation = null;
        foreach (var (adjustments, raise) in new[] { (def.Escalate, true), (def.Deescalate, false) })
        {
            foreach (var adj in adjustments)
            {
                if ((raise ? adj.To <= severity : adj.To >= severity) || Evidence(adj, occurrences, state) is not { } evidence)
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

    private static Occurrence? Evidence(SeverityAdjustment adj, List<Occurrence> occurrences, MatchState state)
    {
        var found = Eval(adj.Condition, state, FullMask);
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

    private static List<Occurrence>? Eval(RuleCondition condition, MatchState state, int mask)
    {
        switch (condition)
        {
            case TermCondition term:
                var all = state.Occurrences(term);
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
            case AnyCondition any:
                List<Occurrence>? anyFound = null;
                foreach (var item in any.Items)
                {
                    if (Eval(item, state, mask) is { } f)
                    {
                        (anyFound ??= []).AddRange(f);
                    }
                }

                return anyFound;
            case AllCondition allOf:
                var allFound = new List<Occurrence>();
                foreach (var item in allOf.Items)
                {
                    if (Eval(item, state, mask) is not { } f)
                    {
                        return null;
                    }

                    allFound.AddRange(f);
                }

                return allFound;
            case NotCondition not:
                return Eval(not.Inner, state, mask) is null ? [] : null;
            case FieldCondition field:
                return Eval(field.Inner, state, mask & MaskOf(field.Fields));
            case NearCondition near:
                return Near(near, state, mask);
            default:
                throw new ArgumentOutOfRangeException(nameof(condition), condition, "Unknown condition node.");
        }
    }

    private static List<Occurrence>? Near(NearCondition near, MatchState state, int mask)
    {
        if (Eval(near.Left, state, mask) is not { } left || Eval(near.Right, state, mask) is not { } right)
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
