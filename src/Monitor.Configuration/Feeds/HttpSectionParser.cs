using System.Globalization;
using System.Text.RegularExpressions;
using Monitor.Configuration.Yaml;
using Monitor.Pipeline.Fetching;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Feeds;

/// <summary>Reads the <c>http:</c> section into <see cref="FeedHttpOptions"/>: <c>contact_url</c>, <c>timeout</c>, <c>connect_timeout</c>, <c>max_body</c> (e.g. <c>10MB</c>),
/// <c>per_host_concurrency</c> and <c>max_redirects</c>. The limits are the options type's own (checked by <see cref="OptionsValidation"/>).</summary>
public static partial class HttpSectionParser
{
    /// <summary>Gets the keys the section accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["contact_url", "timeout", "connect_timeout", "max_body", "per_host_concurrency", "max_redirects"];

    /// <summary>Parses the section.</summary>
    public static FeedHttpOptions Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(context);
        var settings = new FeedHttpOptions();
        var map = context.Mapping(node, "http");
        if (map is null)
        {
            return settings;
        }

        var nodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, _, value) in context.Entries(map, "http", Keys))
        {
            nodes[key] = value;
            switch (key)
            {
                case "contact_url":
                    var url = context.RequiredString(value, "contact_url");
                    if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto")))
                    {
                        context.Error(value, $"contact_url '{url}' is not an absolute http(s) or mailto URL", "give a page or address where publishers can reach you, e.g. https://example.org/monitor");
                    }
                    else if (url is not null)
                    {
                        settings = settings with { ContactUrl = url };
                    }

                    break;
                case "timeout":
                    settings = context.Duration(value, "timeout") is { } t ? settings with { Timeout = t } : settings;
                    break;
                case "connect_timeout":
                    settings = context.Duration(value, "connect_timeout") is { } c ? settings with { ConnectTimeout = c } : settings;
                    break;
                case "max_body":
                    settings = Size(value, context) is { } size ? settings with { MaxBodyBytes = size } : settings;
                    break;
                case "per_host_concurrency":
                    settings = context.Int(value, "per_host_concurrency", int.MinValue, int.MaxValue) is { } n ? settings with { PerHostConcurrency = n } : settings;
                    break;
                case "max_redirects":
                    settings = context.Int(value, "max_redirects", int.MinValue, int.MaxValue) is { } r ? settings with { MaxRedirects = r } : settings;
                    break;
            }
        }

        OptionsValidation.Validate(settings, "http", node, KeyOf, nodes, context);
        return settings;
    }

    /// <summary>Returns the config key of a <see cref="FeedHttpOptions"/> property.</summary>
    public static string KeyOf(string property) => property == nameof(FeedHttpOptions.MaxBodyBytes) ? "max_body" : OptionsValidation.SnakeCase(property);

    private static long? Size(YamlNode node, ParseContext context)
    {
        var text = context.RequiredString(node, "max_body");
        var match = text is null ? null : SizePattern().Match(text.Trim());
        if (match is null || !match.Success)
        {
            if (text is not null)
            {
                context.Error(node, $"max_body '{text}' is not a size", "write a size such as 10MB, 512KB or 2000000 (bytes)");
            }

            return null;
        }

        var number = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var bytes = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "KB" or "K" => number * 1024,
            "MB" or "M" => number * 1024 * 1024,
            "GB" or "G" => number * 1024 * 1024 * 1024,
            _ => number,
        };
        return bytes;
    }

    [GeneratedRegex(@"^(\d{1,12})\s*(B|KB|K|MB|M|GB|G)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
