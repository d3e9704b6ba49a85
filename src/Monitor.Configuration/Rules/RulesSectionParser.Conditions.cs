using Monitor.Configuration.Yaml;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Syntax;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Rules;

/// <content>Condition groups: any/all/none/in/query, nested to any depth.</content>
public static partial class RulesSectionParser
{
    internal static readonly string[] GroupKeys = ["any", "all", "none", "in", "query", "language", "term"];

    private static RuleCondition? ParseGroup(YamlMappingNode map, IReadOnlyDictionary<string, YamlNode> entries, string what, RuleScope scope, ParseContext context, bool isRule)
    {
        var parts = new List<RuleCondition>();
        var ok = true;
        foreach (var key in new[] { "any", "all", "none" })
        {
            if (!entries.TryGetValue(key, out var node))
            {
                continue;
            }

            var items = ParseElements(node, key, scope, context);
            if (items is null)
            {
                ok = false;
                continue;
            }

            parts.Add(key switch
            {
                "any" => items.Count == 1 ? items[0] : new AnyCondition(items),
                "all" => new AllCondition(items),
                _ => new NotCondition(new AnyCondition(items)),
            });
        }

        if (entries.TryGetValue("query", out var queryNode))
        {
            var text = context.Scalar(queryNode, "query");
            if (text is not null)
            {
                var (condition, errors) = QueryParser.Parse(text, scope.Options);
                TermErrors.Report(context, queryNode, errors);
                ok &= condition is not null;
                if (condition is not null)
                {
                    parts.Add(condition);
                }
            }
        }

        if (parts.Count == 0)
        {
            if (ok)
            {
                context.Error(map, isRule ? $"{what} has no terms" : $"{what} has no terms", "add 'any: [term, …]' with the words to look for (or all:, none:, query:)");
            }

            return null;
        }

        var result = parts.Count == 1 ? parts[0] : new AllCondition(parts);
        if (entries.TryGetValue("in", out var inNode))
        {
            var fields = ParseFields(inNode, context);
            if (fields is null)
            {
                return null;
            }

            result = new FieldCondition(fields, result);
        }

        return ok ? result : null;
    }

    private static List<RuleCondition>? ParseElements(YamlNode node, string key, RuleScope scope, ParseContext context)
    {
        var seq = node as YamlSequenceNode;
        IReadOnlyList<YamlNode> children = seq is not null ? seq.Children.ToList() : [node];
        if (children.Count == 0)
        {
            context.Error(node, $"'{key}' needs at least one non-empty term", $"list the words to look for, e.g. {key}: [invasie, inval]");
            return null;
        }

        var items = new List<RuleCondition>();
        var ok = true;
        foreach (var child in children)
        {
            var item = ParseElement(child, key, scope, context);
            ok &= item is not null;
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return ok ? items : null;
    }

    private static RuleCondition? ParseElement(YamlNode node, string key, RuleScope scope, ParseContext context)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                var text = context.Scalar(scalar, $"each entry of {key}") ?? string.Empty;
                if (string.IsNullOrWhiteSpace(text))
                {
                    context.Error(node, $"'{key}' needs at least one non-empty term", $"remove the empty entry, or write a word, e.g. {key}: [invasie, inval]");
                    return null;
                }

                var (condition, errors) = TermParser.ParseElement(text, scope.Options);
                TermErrors.Report(context, node, errors);
                return condition;
            case YamlMappingNode map:
                var entries = context.Entries(map, $"a group in '{key}'", GroupKeys).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
                var inner = entries.TryGetValue("language", out var langNode) ? scope.WithLanguage(ParseLanguage(langNode, context)) : scope;
                if (entries.TryGetValue("term", out var termNode))
                {
                    // One term with its own language: { term: strike, language: en }
                    if (entries.Keys.Any(k => k is not ("term" or "language")))
                    {
                        context.Error(map, $"an entry of '{key}' has 'term:' and group keys", "write either { term: word, language: en } or a group with any/all/none");
                        return null;
                    }

                    return ParseElement(termNode, key, inner, context);
                }

                return ParseGroup(map, entries, $"a group in '{key}'", inner, context, isRule: false);
            default:
                context.Error(node, $"an entry of '{key}' is a bare list", "write a nested group with a key, e.g. '- any: [a, b]'");
                return null;
        }
    }

    private static List<TextField>? ParseFields(YamlNode node, ParseContext context)
    {
        var names = context.StringList(node, "in");
        var fields = new List<TextField>();
        var items = node is YamlSequenceNode seq ? seq.Children.ToList() : [node];
        for (var i = 0; i < names.Count; i++)
        {
            TextField? field = names[i].Trim().ToLowerInvariant() switch
            {
                "title" => TextField.Title,
                "summary" or "lead" => TextField.Summary,
                "content" or "body" => TextField.Content,
                _ => null,
            };
            if (field is null)
            {
                context.Error(i < items.Count ? items[i] : node, $"'{names[i]}' is not a field", "use title, summary (or lead) and content (or body)");
                return null;
            }

            fields.Add(field.Value);
        }

        if (fields.Count == 0)
        {
            context.Error(node, "'in' lists no fields", "write in: [title] or in: [title, summary]");
            return null;
        }

        return fields;
    }
}
