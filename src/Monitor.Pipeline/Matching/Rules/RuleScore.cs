namespace Monitor.Pipeline.Matching.Rules;

/// <summary>Soft matching: each distinct matched term (or list) counts once with its weight; hits in the title are multiplied; the rule fires only from <see cref="Min"/> up.</summary>
/// <param name="Weights">Weight per term as written or per <c>@list</c>; others weigh 1.</param>
/// <param name="TitleBoost">Multiplier for a term or list that matched in the title.</param>
/// <param name="Min">The minimum score for the rule to fire.</param>
public sealed record RuleScore(IReadOnlyDictionary<string, double> Weights, double TitleBoost, double Min)
{
    /// <summary>The default title boost.</summary>
    public const double DefaultTitleBoost = 1;

    /// <summary>The default minimum score.</summary>
    public const double DefaultMin = 1;
}
