using Monitor.Configuration.Yaml;
using YamlDotNet.Core;

namespace Monitor.Configuration.Rules;

/// <summary>Runs the rules' own <c>tests:</c> at config load; each failing test is a config error at the test's line and column.</summary>
public static class RuleTestsCheck
{
    /// <summary>Runs the tests of <paramref name="config"/>'s rules with its compiled engine (compiled here only when some rule has tests, so
    /// configs without tests never load the word lists at load time) and reports each failing test.</summary>
    public static void Run(MonitorConfig config, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(context);
        if (!config.Rules.Any(r => r.Tests.Count > 0))
        {
            return;
        }

        foreach (var failure in config.Engine.RunTests())
        {
            context.RuleTestFailure(
                new Mark(0, Math.Max(1, failure.Test.Line), Math.Max(1, failure.Test.Column)),
                $"rule test failed: {failure.Message}",
                failure.Test.ShouldMatch ? "widen the rule's terms, or correct the test text or expected severity" : "add the trap to 'none:' or narrow the terms, or move the text to 'match:'");
        }
    }
}
