using Monitor.Domain;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Benchmarks.Matching;

/// <summary>Turns a term list into rules of ten terms each (<c>any:</c>), like a large analyst config.</summary>
public static class RuleSets
{
    public static List<RuleDefinition> Of(IReadOnlyList<string> terms) =>
        terms.Chunk(10).Select((chunk, i) => new RuleDefinition($"rule-{i}", "bench", Severity.Medium, chunk, [])).ToList();
}
