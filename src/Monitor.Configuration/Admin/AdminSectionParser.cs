using Monitor.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Admin;

/// <summary>Reads the <c>admin:</c> section: <c>channel</c> (an id under <c>channels:</c>) and <c>feed_failure_threshold</c>.</summary>
public static class AdminSectionParser
{
    /// <summary>Gets the keys the section accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["channel", "feed_failure_threshold"];

    /// <summary>Parses the section; <paramref name="channelIds"/> are the defined channels.</summary>
    public static AdminSettings Parse(YamlNode node, IReadOnlyCollection<string> channelIds, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = context.Mapping(node, "admin");
        if (map is null)
        {
            return AdminSettings.Default;
        }

        var settings = AdminSettings.Default;
        foreach (var (key, _, value) in context.Entries(map, "admin", Keys))
        {
            switch (key)
            {
                case "channel":
                    var id = context.RequiredString(value, "admin channel");
                    if (id is not null && !channelIds.Contains(id))
                    {
                        var suggestion = Suggestions.Closest(id, channelIds);
                        context.Error(value, $"admin channel '{id}' is not defined under 'channels:'", suggestion is null ? "define it under 'channels:'" : $"did you mean '{suggestion}'?");
                    }
                    else if (id is not null)
                    {
                        settings = settings with { ChannelId = id };
                    }

                    break;
                case "feed_failure_threshold":
                    var threshold = context.Int(value, "feed_failure_threshold", 1, 1000);
                    if (threshold is { } t)
                    {
                        settings = settings with { FeedFailureThreshold = t };
                    }

                    break;
            }
        }

        return settings;
    }
}
