namespace Monitor.Domain.Alerts;

/// <summary>A rule that fired on an item, with its classification and the evidence.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Category">The category the rule assigns.</param>
/// <param name="Severity">The final severity (after escalate/deescalate).</param>
/// <param name="Matches">Every term match that contributed, in text order.</param>
public sealed record RuleHit(string RuleId, string Category, Severity Severity, IReadOnlyList<TermMatch> Matches)
{
    /// <summary>Gets the free labels the rule attaches (used by routing).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the channels the rule routes to, by channel id.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>Gets the rule's score, when the rule is scored; otherwise 0.</summary>
    public double Score { get; init; }

    /// <summary>Gets the severity the rule declares before escalation or de-escalation.</summary>
    public Severity? BaseSeverity { get; init; }

    /// <summary>Gets a short human explanation of why the severity is what it is (for example "de-escalated: ontkent near invasie").</summary>
    public string? Explanation { get; init; }
}
