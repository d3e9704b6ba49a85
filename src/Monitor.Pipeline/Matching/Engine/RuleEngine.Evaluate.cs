using System.Globalization;
using Monitor.Domain;
using Monitor.Domain.Alerts;

namespace Monitor.Pipeline.Matching;

/// <content>Rule evaluation for candidate rules: condition tree, score, severity adjustments.</content>
public sealed partial class RuleEngine
{
    internal TermIndex Index => index;

    internal int[][] AtomRules => atomRules;

    internal int[] AlwaysCandidates => alwaysCandidates;

    internal CompiledTerm TermOf(TermCondition condition) => terms[condition];

    internal TermCondition ConditionOf(CompiledTerm term) => terms.First(kv => ReferenceEquals(kv.Value, term)).Key;

    private static RuleHit? Evaluate(CompiledRule rule, MatchState state)
    {
        var found = Eval(rule.Condition, state, rule.FieldMask);
        if (found is null)
        {
            return null;
        }

        var def = rule.Definition;
        var occurrences = found.DistinctBy(o => (o.Field, o.Start, o.Length, o.Term.Term.Written)).OrderBy(o => o.Field).ThenBy(o => o.Start).ToList();
        double score = 0;
        if (def.Score is { } scoring)
        {
            score = Score(scoring, occurrences);
            if (score < scoring.Min)
            {
                return null;
            }
        }

        var (severity, explanation) = Adjust(def, occurrences, state);
        var matches = occurrences.Select(o => new TermMatch(o.Term.Term.Written, state.Item.Text(o.Field).Substring(o.Start, o.Length), o.Field, o.Start, o.Length)).ToList();
        return new RuleHit(def.Id, def.Category, severity, matches)
        {
            Labels = def.Labels,
            Channels = def.Channels,
            Score = score,
            BaseSeverity = def.Severity,
            Explanation = explanation,
        };
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
        var found = Eval(adj.Condition, state, MaskOf(AllFields));
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
                var inFields = all.FindAll(o => (mask & (1 << (int)o.Field)) != 0);
                return inFields.Count > 0 ? inFields : null;
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
