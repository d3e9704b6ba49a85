using Monitor.Pipeline.Matching.Conditions;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>Static checks on condition trees.</summary>
public static class RuleConditions
{
    /// <summary>Returns whether <paramref name="condition"/> would be true for an item where no term matches (e.g. a rule with only <c>none:</c>); such a rule would fire on every item and is rejected.</summary>
    public static bool FiresWithoutTerms(RuleCondition condition) => condition switch
    {
        TermCondition => false,
        AnyCondition any => any.Items.Any(FiresWithoutTerms),
        AllCondition all => all.Items.All(FiresWithoutTerms),
        NotCondition not => !FiresWithoutTerms(not.Inner),
        NearCondition => false,
        FieldCondition field => FiresWithoutTerms(field.Inner),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Unknown condition node."),
    };

    /// <summary>Returns the term leaves that count as evidence for the rule (not under a NOT), each once.</summary>
    public static IEnumerable<TermCondition> PositiveTerms(RuleCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var seen = new HashSet<TermCondition>(ReferenceEqualityComparer.Instance);
        return Walk(condition, false).Where(seen.Add);

        static IEnumerable<TermCondition> Walk(RuleCondition node, bool negated) => node switch
        {
            TermCondition t => negated ? [] : [t],
            AnyCondition any => any.Items.SelectMany(c => Walk(c, negated)),
            AllCondition all => all.Items.SelectMany(c => Walk(c, negated)),
            NotCondition not => Walk(not.Inner, !negated),
            NearCondition near => Walk(near.Left, negated).Concat(Walk(near.Right, negated)),
            FieldCondition field => Walk(field.Inner, negated),
            _ => [],
        };
    }
}
