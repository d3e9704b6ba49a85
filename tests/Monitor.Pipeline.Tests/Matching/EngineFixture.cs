using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Tests.Matching;

/// <summary>Helpers to compile one-rule engines and run texts through them.</summary>
internal static class EngineFixture
{
    public static RuleEngine Terms(params string[] terms) =>
        RuleEngine.Compile([new RuleDefinition("r", "test", Severity.Medium, terms, [])]);

    public static RuleEngine Rule(RuleCondition condition, Func<RuleDefinition, RuleDefinition>? configure = null)
    {
        var def = new RuleDefinition("r", "test", Severity.High, [], []) { Condition = condition };
        return RuleEngine.Compile([configure is null ? def : configure(def)]);
    }

    public static FeedItem Item(string title, string summary = "", string content = "") =>
        new("feed", "key", title, summary, content, null, DateTimeOffset.UnixEpoch);

    public static IReadOnlyList<RuleHit> Run(this RuleEngine engine, string title, string summary = "", string content = "") =>
        engine.Match(Item(title, summary, content));

    public static bool Fires(this RuleEngine engine, string text) => engine.Run(text).Count > 0;

    public static RuleCondition Parse(string element, bool allowRegex = false)
    {
        var (condition, errors) = TermParser.ParseElement(element, new TermParseOptions { AllowRegex = allowRegex });
        Assert.True(condition is not null, string.Join("; ", errors.Select(e => e.Message)));
        return condition!;
    }
}
