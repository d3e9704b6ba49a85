using Monitor.Configuration.Yaml;
using Monitor.Domain.Feeds;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Feeds;

/// <summary>Reads <c>backfill:</c> (per feed, and the top-level default for all feeds): <c>none</c>, <c>all</c>, or a duration such as <c>24h</c>.</summary>
public static class BackfillParser
{
    /// <summary>Parses the value, or reports an error and returns <see langword="null"/>.</summary>
    public static BackfillPolicy? Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Scalar(node, "backfill")?.Trim();
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "none":
                return BackfillPolicy.None;
            case "all":
                return BackfillPolicy.All;
        }

        if (Durations.TryParse(text, out var window) && window > TimeSpan.Zero)
        {
            return BackfillPolicy.Within(window);
        }

        context.Error(node, $"backfill '{text}' is not 'none', 'all' or a duration", "write 'none' (alert nothing on the first poll), 'all', or a window such as '24h' (the default) or '7d'");
        return null;
    }
}
