using Monitor.Configuration.Yaml;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Syntax;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Rules;

/// <summary>Reads the top-level <c>lists:</c> section: named term lists (<c>rusland: [Rusland, Kremlin, Moskou]</c>) that rules reference as <c>@rusland</c>.</summary>
public static class ListsSectionParser
{
    /// <summary>Parses the section into one <see cref="AnyCondition"/> per list, each term tagged with its list name (for <c>score.weights</c>).</summary>
    public static IReadOnlyDictionary<string, RuleCondition> Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lists = new Dictionary<string, RuleCondition>(StringComparer.Ordinal);
        var map = context.Mapping(node, "lists");
        if (map is null)
        {
            return lists;
        }

        var options = new TermParseOptions();
        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value;
            if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                context.Error(keyNode, $"list name '{name}' has characters other than letters, digits, '-' and '_'", "use a slug such as 'rusland' and refer to it as @rusland");
                continue;
            }

            var seq = context.Sequence(value, $"list '{name}'");
            if (seq is null)
            {
                continue;
            }

            if (seq.Children.Count == 0)
            {
                context.Error(value, $"list '{name}' is empty", "add at least one term, e.g. [Rusland, Kremlin]");
                continue;
            }

            var items = new List<RuleCondition>();
            foreach (var entry in seq.Children)
            {
                var text = context.Scalar(entry, $"each entry of list '{name}'");
                if (text is null)
                {
                    continue;
                }

                if (text.TrimStart().StartsWith('@'))
                {
                    context.Error(entry, $"list '{name}' refers to another list ({text.Trim()})", "copy the terms in, or reference both lists from the rule");
                    continue;
                }

                var (condition, errors) = TermParser.ParseElement(text, options);
                TermErrors.Report(context, entry, errors);
                if (condition is not null)
                {
                    items.Add(Tag(condition, name));
                }
            }

            lists[name] = new AnyCondition(items);
        }

        return lists;
    }

    private static RuleCondition Tag(RuleCondition condition, string list) => condition switch
    {
        TermCondition t => t with { ListName = list },
        AnyCondition a => new AnyCondition(a.Items.Select(i => Tag(i, list)).ToList()),
        AllCondition a => new AllCondition(a.Items.Select(i => Tag(i, list)).ToList()),
        NotCondition n => new NotCondition(Tag(n.Inner, list)),
        NearCondition n => n with { Left = Tag(n.Left, list), Right = Tag(n.Right, list) },
        FieldCondition f => f with { Inner = Tag(f.Inner, list) },
        _ => condition,
    };
}
