using System.Globalization;
using System.Reflection;
using Monitor.Configuration.Yaml;
using Monitor.Discord;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Delivery;

/// <summary>Reads the <c>discord:</c> section into <see cref="DiscordOptions"/>: each settable property is a key in snake_case
/// (<c>request_timeout: 20s</c>, <c>channel_message_budget: 25</c>); limits are the options type's own (<see cref="OptionsValidation"/>).</summary>
public static class DiscordSectionParser
{
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(DiscordOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .ToDictionary(p => OptionsValidation.SnakeCase(p.Name), StringComparer.Ordinal);

    /// <summary>Gets the keys the section accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = [.. Properties.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Parses the section.</summary>
    public static DiscordOptions Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(context);
        var options = new DiscordOptions();
        var map = context.Mapping(node, "discord");
        if (map is null)
        {
            return options;
        }

        var nodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, _, value) in context.Entries(map, "discord", Keys))
        {
            nodes[key] = value;
            var property = Properties[key];
            if (Read(property.PropertyType, value, key, context) is { } parsed)
            {
                property.SetValue(options, parsed);
            }
        }

        OptionsValidation.Validate(options, "discord", node, OptionsValidation.SnakeCase, nodes, context);
        return options;
    }

    private static object? Read(Type type, YamlNode value, string key, ParseContext context)
    {
        if (type == typeof(TimeSpan))
        {
            return context.Duration(value, key);
        }

        if (type == typeof(int))
        {
            return context.Int(value, key, int.MinValue, int.MaxValue);
        }

        var text = context.RequiredString(value, key);
        if (text is null)
        {
            return null;
        }

        if (type == typeof(double))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            context.Error(value, $"discord.{key} '{text}' is not a number", $"write a number such as 0.5");
            return null;
        }

        if (type == typeof(Uri))
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            context.Error(value, $"discord.{key} '{text}' is not an absolute http(s) URL", "write a URL such as https://discord.com/api/v10");
            return null;
        }

        return text;
    }
}
