using System.Globalization;
using Monitor.Configuration.Yaml;
using Monitor.Pipeline.Stories;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Stories;

/// <summary>
/// Reads the top-level <c>stories:</c> section (<c>off</c>, or a mapping of <c>window</c>, <c>near_copy</c>, <c>rewrite</c>,
/// <c>min_shared_entities</c>, <c>min_title_words</c>) and the <c>stories: off</c> switch of each rule and channel.
/// </summary>
public static class StoriesSectionParser
{
    /// <summary>Gets the keys the section accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["window", "near_copy", "rewrite", "min_shared_entities", "min_title_words"];

    /// <summary>Parses the section (<paramref name="node"/> is <see langword="null"/> when the config has none), then the switches of <paramref name="rules"/> and <paramref name="channels"/>.</summary>
    public static StorySettings Parse(YamlNode? node, YamlNode? rules, YamlNode? channels, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = node is null ? StorySettings.Default : ParseSection(node, context);
        return settings with { OffForRules = OffSwitches(RuleMaps(rules), "rule", context), OffForChannels = OffSwitches(ChannelMaps(channels), "channel", context) };
    }

    private static StorySettings ParseSection(YamlNode node, ParseContext context)
    {
        if (node is YamlScalarNode)
        {
            return context.Bool(node, "stories") is { } on ? StorySettings.Default with { Enabled = on } : StorySettings.Default;
        }

        var map = context.Mapping(node, "stories");
        if (map is null)
        {
            return StorySettings.Default;
        }

        var options = StoryOptions.Default;
        foreach (var (key, _, value) in context.Entries(map, "stories", Keys))
        {
            options = key switch
            {
                "window" => Window(value, context) is { } w ? options with { Window = w } : options,
                "near_copy" => Fraction(value, "near_copy", context) is { } n ? options with { NearCopyThreshold = n } : options,
                "rewrite" => Fraction(value, "rewrite", context) is { } r ? options with { RewriteThreshold = r } : options,
                "min_shared_entities" => context.Int(value, "min_shared_entities", 1, 20) is { } m ? options with { MinSharedEntities = m } : options,
                "min_title_words" => context.Int(value, "min_title_words", 1, 50) is { } t ? options with { MinTitleWords = t } : options,
                _ => options,
            };
        }

        return StorySettings.Default with { Options = options };
    }

    private static TimeSpan? Window(YamlNode node, ParseContext context)
    {
        var window = context.Duration(node, "window");
        if (window is { } w && (w < TimeSpan.FromMinutes(1) || w > TimeSpan.FromDays(30)))
        {
            context.Error(node, $"stories window {Durations.Format(w)} is outside 1m..30d", "a story usually runs a day or two; the default is 36h");
            return null;
        }

        return window;
    }

    private static double? Fraction(YamlNode node, string what, ParseContext context)
    {
        var text = context.Scalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1)
        {
            return value;
        }

        context.Error(node, $"{what} '{text}' is not a number above 0 and at most 1", $"write a fraction such as {what}: 0.5 (higher: fewer items grouped)");
        return null;
    }

    /// <summary>The ids of the entries with <c>stories: off</c>; other values of <c>stories</c> are checked (on/off) and otherwise ignored.</summary>
    private static HashSet<string> OffSwitches(IEnumerable<(string Id, YamlMappingNode Map)> entries, string what, ParseContext context)
    {
        var off = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, map) in entries)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: "stories" } && context.Bool(value, $"stories of {what} '{id}'") == false)
                {
                    off.Add(id);
                }
            }
        }

        return off;
    }

    private static IEnumerable<(string, YamlMappingNode)> RuleMaps(YamlNode? rules) =>
        rules is YamlSequenceNode seq
            ? seq.Children.OfType<YamlMappingNode>()
                .Select(m => (Id: m.Children.TryGetValue(new YamlScalarNode("id"), out var id) ? ParseContext.Raw(id) : null, Map: m))
                .Where(r => r.Id is not null)
                .Select(r => (r.Id!, r.Map))
            : [];

    private static IEnumerable<(string, YamlMappingNode)> ChannelMaps(YamlNode? channels) =>
        channels is YamlMappingNode map
            ? map.Children.Where(c => c.Value is YamlMappingNode && ParseContext.Raw(c.Key) is not null).Select(c => (ParseContext.Raw(c.Key)!, (YamlMappingNode)c.Value))
            : [];
}
