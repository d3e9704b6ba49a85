using System.Text.RegularExpressions;
using Monitor.Configuration.Yaml;
using Monitor.Domain.Feeds;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Feeds;

/// <summary>Reads the <c>feeds:</c> section.</summary>
public static partial class FeedsSectionParser
{
    /// <summary>Gets the keys a feed accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["id", "name", "url", "interval", "id_from", "backfill", "max_age"];

    /// <summary>Gets the interval used when a feed gives none.</summary>
    public static TimeSpan DefaultInterval { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets the shortest interval accepted.</summary>
    public static TimeSpan MinInterval { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Parses the section; <paramref name="maxAgeDefault"/> is the top-level <c>max_age</c> for feeds that set none.</summary>
    public static IReadOnlyList<FeedDefinition> Parse(YamlNode node, ParseContext context, TimeSpan? maxAgeDefault = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feeds = new List<FeedDefinition>();
        var seq = context.Sequence(node, "feeds");
        if (seq is null)
        {
            return feeds;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in seq.Children)
        {
            // Duplicates are reported even when the feed has other errors, so one pass shows everything.
            var rawId = entry is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) ? ParseContext.Raw(idNode) : null;
            if (rawId is not null && !ids.Add(rawId))
            {
                context.Error(entry, $"feed id '{rawId}' is used twice", "give every feed a unique id");
                continue;
            }

            var feed = ParseFeed(entry, context, maxAgeDefault);
            if (feed is not null)
            {
                feeds.Add(feed);
            }
        }

        return feeds;
    }

    private static FeedDefinition? ParseFeed(YamlNode node, ParseContext context, TimeSpan? maxAgeDefault)
    {
        var map = context.Mapping(node, "a feed");
        if (map is null)
        {
            return null;
        }

        string? id = null, name = null, url = null;
        var idFrom = ItemIdentitySource.Guid;
        var interval = DefaultInterval;
        BackfillPolicy? backfill = null;
        var maxAge = maxAgeDefault;
        var ok = true;
        foreach (var (key, _, value) in context.Entries(map, "a feed", Keys))
        {
            switch (key)
            {
                case "id":
                    id = context.RequiredString(value, "feed id");
                    if (id is not null && !Slug().IsMatch(id))
                    {
                        context.Error(value, $"feed id '{id}' has characters other than letters, digits, '-' and '_'", "use a slug such as 'nos-binnenland'");
                        ok = false;
                    }

                    break;
                case "name":
                    name = context.Scalar(value, "feed name");
                    break;
                case "url":
                    url = ResolveSource(value, context);
                    ok &= url is not null;
                    break;
                case "id_from":
                    var source = context.RequiredString(value, "id_from");
                    switch (source)
                    {
                        case "guid": idFrom = ItemIdentitySource.Guid; break;
                        case "link": idFrom = ItemIdentitySource.Link; break;
                        case "hash": idFrom = ItemIdentitySource.Hash; break;
                        case null: ok = false; break;
                        default:
                            context.Error(value, $"id_from '{source}' is not one of guid, link, hash", "use 'link' for feeds whose guids change on every fetch, 'hash' when links change too");
                            ok = false;
                            break;
                    }

                    break;
                case "interval":
                    var parsed = context.Duration(value, "interval");
                    if (parsed is { } i && i < MinInterval)
                    {
                        context.Error(value, $"interval {Durations.Format(i)} is shorter than {Durations.Format(MinInterval)}", $"poll at most every {Durations.Format(MinInterval)}; publishers block aggressive pollers");
                        ok = false;
                    }
                    else if (parsed is { } valid)
                    {
                        interval = valid;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case "backfill":
                    backfill = BackfillParser.Parse(value, context);
                    break;
                case "max_age":
                    (var parsedOk, maxAge) = MaxAgeParser.Parse(value, context);
                    ok &= parsedOk;
                    break;
            }
        }

        if (id is null)
        {
            context.Error(map, "a feed has no id", "add 'id: some-name' to the feed");
        }

        if (url is null && ok && !map.Children.ContainsKey(new YamlScalarNode("url")))
        {
            context.Error(map, $"feed '{id}' has no url", "add 'url:' with an http(s) URL or a file path relative to the config");
        }

        return id is null || url is null || !ok ? null : new FeedDefinition(id, url, interval) { Name = name, IdFrom = idFrom, Backfill = backfill, MaxAge = maxAge };
    }

    private static string? ResolveSource(YamlNode node, ParseContext context)
    {
        var text = context.RequiredString(node, "url");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.AbsoluteUri;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var other) && other.Scheme is not "file" && text.Contains("://", StringComparison.Ordinal))
        {
            context.Error(node, $"url scheme '{other.Scheme}' is not supported", "use an http:// or https:// URL, or a file path");
            return null;
        }

        return context.ResolvePath(text.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? new Uri(text).LocalPath : text);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
