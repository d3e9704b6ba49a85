using Monitor.Domain;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Rules;

/// <summary>A rule as the config defines it. The skeleton's shape (a keyword list in <paramref name="Any"/>) still works on its own.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Category">The category it assigns.</param>
/// <param name="Severity">The severity it assigns before escalation or de-escalation.</param>
/// <param name="Any">Terms, at least one of which must occur; used when <see cref="Condition"/> is <see langword="null"/>.</param>
/// <param name="Channels">Channel ids the rule routes to.</param>
public sealed record RuleDefinition(string Id, string Category, Severity Severity, IReadOnlyList<string> Any, IReadOnlyList<string> Channels)
{
    /// <summary>Gets the human-readable name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the compiled condition (any/all/none/in groups and <c>query:</c>); <see langword="null"/> means "any of <see cref="Any"/>".</summary>
    public RuleCondition? Condition { get; init; }

    /// <summary>Gets the free labels passed on with every hit.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the scoring settings, or <see langword="null"/> for an unscored rule.</summary>
    public RuleScore? Score { get; init; }

    /// <summary>Gets the clauses that raise the severity when their condition holds.</summary>
    public IReadOnlyList<SeverityAdjustment> Escalate { get; init; } = [];

    /// <summary>Gets the clauses that lower the severity when their condition holds (applied after <see cref="Escalate"/>, so a denial wins).</summary>
    public IReadOnlyList<SeverityAdjustment> Deescalate { get; init; } = [];

    /// <summary>Gets the rule's own tests, run when the config loads.</summary>
    public IReadOnlyList<RuleTestCase> Tests { get; init; } = [];

    /// <summary>Gets a value indicating whether <c>/regex/</c> terms are allowed in this rule.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowRegex { get; init; }

    /// <summary>Gets the rule's language (<c>language: nl|en</c>) for terms without their own; <see langword="null"/> infers it from the terms only one word list holds (Dutch when undecided).</summary>
    public TermLanguage? Language { get; init; }
}
