using Monitor.Domain;

namespace Monitor.Pipeline.Matching;

/// <summary>A rule as the config defines it (the skeleton's shape: a keyword list).</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Category">The category it assigns.</param>
/// <param name="Severity">The severity it assigns.</param>
/// <param name="Any">Terms, at least one of which must occur.</param>
/// <param name="Channels">Channel ids the rule routes to.</param>
public sealed record RuleDefinition(string Id, string Category, Severity Severity, IReadOnlyList<string> Any, IReadOnlyList<string> Channels);
