using Monitor.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Logging;

/// <summary>Reads the <c>logging:</c> section: <c>format</c> (<c>text</c> or <c>json</c>).</summary>
public static class LoggingSectionParser
{
    /// <summary>Gets the keys the section accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["format"];

    /// <summary>Parses the section.</summary>
    public static LoggingSettings Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = LoggingSettings.Default;
        if (context.Mapping(node, "logging") is not { } map)
        {
            return settings;
        }

        foreach (var (_, _, value) in context.Entries(map, "logging", Keys))
        {
            var text = context.Scalar(value, "logging format")?.Trim();
            if (TryParseFormat(text, out var format))
            {
                settings = settings with { Format = format };
            }
            else if (text is not null)
            {
                context.Error(value, $"logging format '{text}' is unknown", "use 'text' (readable, the default) or 'json' (one object per line, for log collectors)");
            }
        }

        return settings;
    }

    /// <summary>Parses <c>text</c> or <c>json</c> (any case).</summary>
    public static bool TryParseFormat(string? text, out LogFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "text":
                format = LogFormat.Text;
                return true;
            case "json":
                format = LogFormat.Json;
                return true;
            default:
                format = LogFormat.Text;
                return false;
        }
    }
}
