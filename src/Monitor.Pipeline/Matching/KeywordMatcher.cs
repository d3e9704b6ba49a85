using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Pipeline.Matching;

/// <summary>The skeleton's entry point, kept so existing wiring compiles: <c>KeywordMatcher.Compile(rules)</c> now returns the full <see cref="RuleEngine"/>.</summary>
public static class KeywordMatcher
{
    /// <summary>Compiles rule definitions against the bundled word lists.</summary>
    public static RuleEngine Compile(IEnumerable<RuleDefinition> definitions) => RuleEngine.Compile(definitions);
}
