namespace Monitor.Domain.Subscriptions;

/// <summary>What a subscription selects: every given part must hold (at least one of rule, category or keywords is set).</summary>
/// <param name="RuleId">A rule id from the config, or <see langword="null"/>.</param>
/// <param name="Category">A category from the config, or <see langword="null"/>.</param>
/// <param name="MinSeverity">The lowest severity delivered, or <see langword="null"/> for every severity.</param>
/// <param name="Keywords">Terms in the rule language's term syntax (any one matching selects the item); empty for none.</param>
public sealed record SubscriptionFilter(string? RuleId, string? Category, Severity? MinSeverity, IReadOnlyList<string> Keywords);
