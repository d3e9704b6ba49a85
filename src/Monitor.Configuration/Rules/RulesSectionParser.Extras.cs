using System.Globalization;
using Monitor.Configuration.Yaml;
using Monitor.Domain;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Rules;

/// <content>Labels, score, escalate/deescalate and tests.</content>
public static partial class RulesSectionParser
{
    internal static readonly string[] AdjustmentKeys = ["to", "near", "any", "all", "none", "in", "query"];
    internal static readonly string[] ScoreKeys = ["weights", "title_boost", "min"];
    internal static readonly string[] TestKeys = ["match", "no_match"];
    internal static readonly string[] TestItemKeys = ["text", "title", "summary", "lead", "content", "body", "severity"];

    private static Dictionary<string, string> ParseLabels(YamlNode node, ParseContext context)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (context.Mapping(node, "labels") is not { } map)
        {
            return labels;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var text = context.Scalar(value, $"label '{key}'");
            if (string.IsNullOrWhiteSpace(key))
            {
                context.Error(keyNode, "a label has no name", "write labels as 'name: value' lines");
            }
            else if (text is not null)
            {
                labels[key] = text;
            }
        }

        return labels;
    }

    private static List<SeverityAdjustment> ParseAdjustments(YamlNode node, string key, RuleScope scope, ParseContext context)
    {
        var list = new List<SeverityAdjustment>();
        if (context.Sequence(node, key) is not { } seq)
        {
            return list;
        }

        foreach (var entry in seq.Children)
        {
            if (context.Mapping(entry, $"an entry of '{key}'") is not { } map)
            {
                continue;
            }

            var entries = context.Entries(map, $"an entry of '{key}'", AdjustmentKeys).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            Severity? to = entries.TryGetValue("to", out var toNode) ? ParseSeverity(toNode, context) : null;
            if (toNode is null)
            {
                context.Error(map, $"an entry of '{key}' has no 'to:'", $"add the severity to move to, e.g. to: {(key == "escalate" ? "critical" : "high")}");
            }

            int? near = entries.TryGetValue("near", out var nearNode) ? context.Int(nearNode, "near", 1, TermParser.MaxDistance) : null;
            var condition = ParseGroup(map, entries, $"an entry of '{key}'", scope, context, isRule: false);
            if (to is not null && condition is not null)
            {
                list.Add(new SeverityAdjustment(to.Value, condition) { Near = near });
            }
        }

        return list;
    }

    private static RuleScore? ParseScore(YamlNode node, RuleCondition condition, ParseContext context)
    {
        if (context.Mapping(node, "score") is not { } map)
        {
            return null;
        }

        var entries = context.Entries(map, "score", ScoreKeys).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (entries.TryGetValue("weights", out var weightsNode) && context.Mapping(weightsNode, "score.weights") is { } wmap)
        {
            var known = condition.Descendants().OfType<TermCondition>()
                .SelectMany(t => t.ListName is { } l ? new[] { "@" + l, t.Term.Written } : [t.Term.Written]).ToHashSet(StringComparer.Ordinal);
            foreach (var (keyNode, value) in wmap.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (!known.Contains(key))
                {
                    var suggestion = Suggestions.Closest(key, known.ToList());
                    context.Error(keyNode, $"score weight '{key}' names no term or @list of this rule", suggestion is null ? "use a term exactly as written in any/all/query, or @list" : $"did you mean '{suggestion}'?");
                }

                if (Number(value, $"weight of '{key}'", context) is { } w)
                {
                    weights[key] = w;
                }
            }
        }

        var boost = entries.TryGetValue("title_boost", out var b) ? Number(b, "score.title_boost", context) ?? RuleScore.DefaultTitleBoost : RuleScore.DefaultTitleBoost;
        var min = entries.TryGetValue("min", out var m) ? Number(m, "score.min", context) ?? RuleScore.DefaultMin : RuleScore.DefaultMin;
        return new RuleScore(weights, boost, min);
    }

    private static double? Number(YamlNode node, string what, ParseContext context)
    {
        var text = context.Scalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && double.IsFinite(value))
        {
            return value;
        }

        context.Error(node, $"{what} '{text}' is not a number of 0 or more", $"write {what} as a number such as 2 or 1.5");
        return null;
    }

    private static List<RuleTestCase> ParseTests(YamlNode node, ParseContext context)
    {
        var tests = new List<RuleTestCase>();
        if (context.Mapping(node, "tests") is not { } map)
        {
            return tests;
        }

        foreach (var (key, _, value) in context.Entries(map, "tests", TestKeys))
        {
            if (context.Sequence(value, $"tests.{key}") is not { } seq)
            {
                continue;
            }

            foreach (var entry in seq.Children)
            {
                if (ParseTestItem(entry, key == "match", context) is { } test)
                {
                    tests.Add(test with { Line = (int)entry.Start.Line, Column = (int)entry.Start.Column });
                }
            }
        }

        return tests;
    }

    private static RuleTestCase? ParseTestItem(YamlNode node, bool shouldMatch, ParseContext context)
    {
        if (node is YamlScalarNode)
        {
            var plain = context.Scalar(node, "a test text") ?? string.Empty;
            return new RuleTestCase(plain, plain, plain, shouldMatch, null);
        }

        if (context.Mapping(node, "a test") is not { } map)
        {
            return null;
        }

        var entries = context.Entries(map, "a test", TestItemKeys).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        string Field(params string[] keys) => keys.Select(k => entries.TryGetValue(k, out var v) ? context.Scalar(v, k) : null).FirstOrDefault(v => v is not null) ?? string.Empty;
        var text = Field("text");
        var (title, summary, content) = text.Length > 0 ? (text, text, text) : (Field("title"), Field("summary", "lead"), Field("content", "body"));
        if (title.Length + summary.Length + content.Length == 0)
        {
            context.Error(map, "a test has no text", "add 'text:' (used as title, summary and content) or title:/summary:/content:");
            return null;
        }

        Severity? severity = entries.TryGetValue("severity", out var sev) ? ParseSeverity(sev, context) : null;
        if (severity is not null && !shouldMatch)
        {
            context.Error(sev!, "a no_match test cannot expect a severity", "move the test to 'match:' or remove 'severity:'");
        }

        return new RuleTestCase(title, summary, content, shouldMatch, severity);
    }
}
