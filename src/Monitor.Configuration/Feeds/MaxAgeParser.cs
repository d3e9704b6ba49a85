using Monitor.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Feeds;

/// <summary>
/// Reads <c>max_age:</c> (per feed, and the top-level default for all feeds): a duration such as <c>7d</c>, or <c>off</c>
/// (the default). Items not seen before but published longer ago are recorded as <c>too_old</c>, not alerted.
/// </summary>
public static class MaxAgeParser
{
    /// <summary>Parses the value: <c>(true, limit)</c> for a duration, <c>(true, null)</c> for <c>off</c>, <c>(false, null)</c> after an error.</summary>
    public static (bool Ok, TimeSpan? Limit) Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Scalar(node, "max_age")?.Trim();
        if (text is null)
        {
            return (false, null);
        }

        if (string.Equals(text, "off", StringComparison.OrdinalIgnoreCase))
        {
            return (true, null);
        }

        if (Durations.TryParse(text, out var limit) && limit > TimeSpan.Zero)
        {
            return (true, limit);
        }

        context.Error(node, $"max_age '{text}' is not a duration or 'off'", "write a limit such as '7d' (items published longer ago are recorded, not alerted) or 'off' (the default)");
        return (false, null);
    }
}
