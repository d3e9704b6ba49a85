using System.Text.RegularExpressions;
using Monitor.Configuration.Yaml;
using Monitor.Domain;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Rules;

/// <summary>
/// Reads the <c>rules:</c> section. A rule is <c>id</c>, <c>category</c>, optional <c>severity</c> (default medium),
/// and terms in <c>any:</c> (one must occur), <c>all:</c> (each must occur), <c>none:</c> (none may occur) and/or a
/// <c>query:</c> string; an entry of any/all/none may itself be a group (<c>- any: […]</c>, <c>- in: [title]</c>).
/// Also <c>in</c>, <c>labels</c>, <c>score</c>, <c>escalate</c>, <c>deescalate</c>, <c>tests</c>, <c>allow_regex</c>,
/// <c>channels</c>, <c>name</c>, <c>stories</c> (read by <c>StoriesSectionParser</c>). Every term is checked here so a bad one is a <c>file:line:column</c> error.
/// </summary>
public static partial class RulesSectionParser
{
    /// <summary>Gets the keys a rule accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } =
        ["id", "name", "category", "severity", "any", "all", "none", "in", "query", "labels", "score", "escalate", "deescalate", "tests", "channels", "allow_regex", "stories", "language"];

    /// <summary>Parses the section without named lists.</summary>
    public static IReadOnlyList<RuleDefinition> Parse(YamlNode node, IReadOnlyCollection<string> channelIds, ParseContext context) =>
        Parse(node, channelIds, new Dictionary<string, RuleCondition>(), context);

    /// <summary>Parses the section. <paramref name="channelIds"/> are the channels defined in the config; <paramref name="lists"/> the named lists.</summary>
    public static IReadOnlyList<RuleDefinition> Parse(YamlNode node, IReadOnlyCollection<string> channelIds, IReadOnlyDictionary<string, RuleCondition> lists, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lists);
        var rules = new List<RuleDefinition>();
        var seq = context.Sequence(node, "rules");
        if (seq is null)
        {
            return rules;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in seq.Children)
        {
            var rule = ParseRule(entry, channelIds, lists, context);
            if (rule is null)
            {
                continue;
            }

            if (!ids.Add(rule.Id))
            {
                context.Error(entry, $"rule id '{rule.Id}' is used twice", "give every rule a unique id");
                continue;
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static RuleDefinition? ParseRule(YamlNode node, IReadOnlyCollection<string> channelIds, IReadOnlyDictionary<string, RuleCondition> lists, ParseContext context)
    {
        var map = context.Mapping(node, "a rule");
        if (map is null)
        {
            return null;
        }

        var errorsBefore = context.Diagnostics.Count(d => !d.IsWarning);
        var entries = context.Entries(map, "a rule", Keys).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var allowRegex = entries.TryGetValue("allow_regex", out var ar) && context.Bool(ar, "allow_regex") == true;
        var language = entries.TryGetValue("language", out var langNode) ? ParseLanguage(langNode, context) : null;
        var scope = new RuleScope(lists, allowRegex, language);
        var id = entries.TryGetValue("id", out var idNode) ? context.RequiredString(idNode, "rule id") : null;
        if (id is not null && !Slug().IsMatch(id))
        {
            context.Error(idNode!, $"rule id '{id}' has characters other than letters, digits, '-' and '_'", "use a slug such as 'invasie-oekraine'");
        }

        if (id is null)
        {
            context.Error(map, "a rule has no id", "add 'id: some-name' to the rule");
            return null;
        }

        var category = entries.TryGetValue("category", out var catNode) ? context.RequiredString(catNode, "category") : null;
        if (category is null && catNode is null)
        {
            context.Error(map, $"rule '{id}' has no category", "add 'category:', e.g. category: militaire-escalatie");
        }

        var severity = entries.TryGetValue("severity", out var sevNode) ? ParseSeverity(sevNode, context) ?? Severity.Medium : Severity.Medium;
        var channels = entries.TryGetValue("channels", out var chNode) ? context.StringList(chNode, "channels") : [];
        if (chNode is not null)
        {
            CheckChannels(chNode, channels, channelIds, context);
        }

        var any = entries.TryGetValue("any", out var anyNode) && anyNode is YamlSequenceNode anySeq
            ? anySeq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList()
            : [];
        var condition = ParseGroup(map, entries, $"rule '{id}'", scope, context, isRule: true);
        if (condition is not null && RuleConditions.FiresWithoutTerms(condition))
        {
            context.Error(map, $"rule '{id}' would fire on every item: it has only exclusions", "add 'any:', 'all:' or 'query:' with terms that must occur");
            condition = null;
        }

        var definition = new RuleDefinition(id, category ?? string.Empty, severity, any, channels)
        {
            Name = entries.TryGetValue("name", out var nameNode) ? context.Scalar(nameNode, "rule name") : null,
            Condition = condition,
            AllowRegex = allowRegex,
            Language = language,
            Labels = entries.TryGetValue("labels", out var labelsNode) ? ParseLabels(labelsNode, context) : new Dictionary<string, string>(),
            Escalate = entries.TryGetValue("escalate", out var escNode) ? ParseAdjustments(escNode, "escalate", scope, context) : [],
            Deescalate = entries.TryGetValue("deescalate", out var deNode) ? ParseAdjustments(deNode, "deescalate", scope, context) : [],
            Tests = entries.TryGetValue("tests", out var testsNode) ? ParseTests(testsNode, context) : [],
        };
        if (entries.TryGetValue("score", out var scoreNode) && condition is not null)
        {
            definition = definition with { Score = ParseScore(scoreNode, condition, context) };
        }

        var ok = context.Diagnostics.Count(d => !d.IsWarning) == errorsBefore;
        return ok && condition is not null ? definition : null;
    }

    /// <summary>Reads <c>language: nl|en</c> (also <c>dutch</c>, <c>english</c>).</summary>
    private static TermLanguage? ParseLanguage(YamlNode node, ParseContext context)
    {
        var text = context.Scalar(node, "language");
        switch (text?.Trim().ToLowerInvariant())
        {
            case "nl" or "dutch":
                return TermLanguage.Dutch;
            case "en" or "english":
                return TermLanguage.English;
            case null:
                return null;
            default:
                context.Error(node, $"language '{text}' is not known", "write 'language: nl' (Dutch) or 'language: en' (English), or leave it out to take each word's own list");
                return null;
        }
    }

    private static Severity? ParseSeverity(YamlNode node, ParseContext context)
    {
        var text = context.Scalar(node, "severity");
        if (SeverityNames.TryParse(text, out var parsed))
        {
            return parsed.Value;
        }

        if (text is not null)
        {
            context.Error(node, $"severity '{text}' is unknown", $"use one of: {string.Join(", ", SeverityNames.All)}");
        }

        return null;
    }

    private static void CheckChannels(YamlNode node, IReadOnlyList<string> channels, IReadOnlyCollection<string> channelIds, ParseContext context)
    {
        var items = node is YamlSequenceNode seq ? seq.Children.ToList() : [node];
        for (var i = 0; i < channels.Count && i < items.Count; i++)
        {
            if (channelIds.Contains(channels[i]))
            {
                continue;
            }

            var suggestion = Suggestions.Closest(channels[i], channelIds);
            context.Error(
                items[i],
                $"rule names channel '{channels[i]}', which is not defined under 'channels:'",
                suggestion is not null ? $"did you mean '{suggestion}'?" : $"define it under 'channels:' or use one of: {(channelIds.Count == 0 ? "(none defined)" : string.Join(", ", channelIds))}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
