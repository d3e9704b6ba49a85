using Monitor.Configuration.Yaml;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using YamlDotNet.Core;

namespace Monitor.Configuration.Rules;

/// <summary>Runs the rules' own <c>tests:</c> at config load; each failing test is a config error at the test's line and column.</summary>
public static class RuleTestsCheck
{
    /// <summary>Compiles <paramref name="rules"/> (only when some rule has tests, so configs without tests never load the word lists here) and reports failing tests.</summary>
    public static void Run(IReadOnlyList<RuleDefinition> rules, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(context);
        if (!rules.Any(r => r.Tests.Count > 0))
        {
            return;
        }

        foreach (var failure in RuleEngine.Compile(rules).RunTests())
        {
            context.Error(
                new Mark(0, Math.Max(1, failure.Test.Line), Math.Max(1, failure.Test.Column)),
                $"rule test failed: {failure.Message}",
                failure.Test.ShouldMatch ? "widen the rule's terms, or correct the test text or expected severity" : "add the trap to 'none:' or narrow the terms, or move the text to 'match:'");
        }
    }
}
