using System.Text.RegularExpressions;
using Monitor.Configuration.Yaml;
using Monitor.Domain;
using Monitor.Pipeline.Matching;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Rules;

/// <summary>Reads the <c>rules:</c> section and checks each rule's channel references.</summary>
public static partial class RulesSectionParser
{
    /// <summary>Gets the keys a rule accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["id", "name", "category", "severity", "any", "channels"];

    /// <summary>Parses the section. <paramref name="channelIds"/> are the channels defined in the config.</summary>
    public static IReadOnlyList<RuleDefinition> Parse(YamlNode node, IReadOnlyCollection<string> channelIds, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rules = new List<RuleDefinition>();
        var seq = context.Sequence(node, "rules");
        if (seq is null)
        {
            return rules;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in seq.Children)
        {
            var rule = ParseRule(entry, channelIds, context);
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

    private static RuleDefinition? ParseRule(YamlNode node, IReadOnlyCollection<string> channelIds, ParseContext context)
    {
        var map = context.Mapping(node, "a rule");
        if (map is null)
        {
            return null;
        }

        string? id = null, category = null;
        var severity = Severity.Medium;
        IReadOnlyList<string> any = [], channels = [];
        var ok = true;
        foreach (var (key, _, value) in context.Entries(map, "a rule", Keys))
        {
            switch (key)
            {
                case "id":
                    id = context.RequiredString(value, "rule id");
                    if (id is not null && !Slug().IsMatch(id))
                    {
                        context.Error(value, $"rule id '{id}' has characters other than letters, digits, '-' and '_'", "use a slug such as 'invasie-oekraine'");
                        ok = false;
                    }

                    break;
                case "name":
                    context.Scalar(value, "rule name");
                    break;
                case "category":
                    category = context.RequiredString(value, "category");
                    break;
                case "severity":
                    var text = context.Scalar(value, "severity");
                    if (SeverityNames.TryParse(text, out var parsed))
                    {
                        severity = parsed.Value;
                    }
                    else if (text is not null)
                    {
                        context.Error(value, $"severity '{text}' is unknown", $"use one of: {string.Join(", ", SeverityNames.All)}");
                        ok = false;
                    }

                    break;
                case "any":
                    any = context.StringList(value, "any");
                    if (any.Count == 0 || any.Any(string.IsNullOrWhiteSpace))
                    {
                        context.Error(value, "'any' needs at least one non-empty term", "list the words to look for, e.g. any: [invasie, inval]");
                        ok = false;
                    }

                    break;
                case "channels":
                    channels = context.StringList(value, "channels");
                    ok &= CheckChannels(value, channels, channelIds, context);
                    break;
            }
        }

        if (id is null)
        {
            context.Error(map, "a rule has no id", "add 'id: some-name' to the rule");
            return null;
        }

        if (category is null)
        {
            context.Error(map, $"rule '{id}' has no category", "add 'category:', e.g. category: militaire-escalatie");
            ok = false;
        }

        if (any.Count == 0 && ok)
        {
            context.Error(map, $"rule '{id}' has no terms", "add 'any: [term, …]' with the words to look for");
            ok = false;
        }

        return ok ? new RuleDefinition(id, category!, severity, any, channels) : null;
    }

    private static bool CheckChannels(YamlNode node, IReadOnlyList<string> channels, IReadOnlyCollection<string> channelIds, ParseContext context)
    {
        var ok = true;
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
            ok = false;
        }

        return ok;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
