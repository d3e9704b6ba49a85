using Monitor.Configuration.Admin;
using Monitor.Configuration.Channels;
using Monitor.Configuration.Delivery;
using Monitor.Configuration.Feeds;
using Monitor.Configuration.Logging;
using Monitor.Configuration.Rules;
using Monitor.Configuration.Server;
using Monitor.Configuration.Storage;
using Monitor.Configuration.Stories;
using Monitor.Configuration.Yaml;
using Monitor.Discord;
using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration;

/// <summary>Loads <c>monitor.yaml</c>: parses, substitutes <c>${ENV}</c>, validates, and reports every problem at once as <c>file:line:column: what — fix</c>.</summary>
public static class ConfigLoader
{
    /// <summary>Gets the default config path, relative to the working directory.</summary>
    public static string DefaultPath => Path.Combine("config", "monitor.yaml");

    /// <summary>Gets the top-level keys the config accepts.</summary>
    public static IReadOnlyCollection<string> TopLevelKeys { get; } = ["version", "feeds", "channels", "lists", "rules", "storage", "admin", "http", "discord", "backfill", "max_age", "server", "logging", "stories"];

    /// <summary>Loads the config at <paramref name="path"/> using the process environment.</summary>
    public static ConfigLoadResult Load(string path) => Load(path, Environment.GetEnvironmentVariable);

    /// <summary>Loads the config at <paramref name="path"/> with <paramref name="environment"/> supplying <c>${NAME}</c> values.</summary>
    public static ConfigLoadResult Load(string path, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var message = ex is FileNotFoundException or DirectoryNotFoundException ? "config file not found" : $"config file cannot be read ({ex.GetType().Name})";
            return new ConfigLoadResult(null, [new ConfigDiagnostic(path, 1, 1, message, "pass an existing file with --config, or run from the directory that holds config/monitor.yaml")]);
        }

        return Parse(text, path, Path.GetDirectoryName(fullPath) ?? ".", fullPath, environment);
    }

    /// <summary>Parses config text. <paramref name="displayPath"/> appears in diagnostics; relative paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static ConfigLoadResult Parse(string text, string displayPath, string baseDirectory, string sourcePath, Func<string, string?> environment)
    {
        var context = new ParseContext(displayPath, baseDirectory, environment);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            context.Error(ex.Start, $"YAML syntax error: {ex.InnerException?.Message ?? ex.Message}", "fix the indentation or quoting at this position (values with ':' or '#' need quotes)");
            return new ConfigLoadResult(null, context.Diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            context.Error(new Mark(), "the config is empty or not a mapping", "start from config/monitor.yaml: it needs 'feeds:', 'channels:' and 'rules:'");
            return new ConfigLoadResult(null, context.Diagnostics);
        }

        var sections = context.Entries(root, "the config", TopLevelKeys).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var storage = sections.TryGetValue("storage", out var s) ? StorageSectionParser.Parse(s, context) : StorageSectionParser.Default(context);
        var channels = sections.TryGetValue("channels", out var c) ? ChannelsSectionParser.Parse(c, context) : new Dictionary<string, ChannelDefinition>();
        // max_age: the default age limit for feeds that set none (itself defaulting to off).
        var maxAge = sections.TryGetValue("max_age", out var ma) ? MaxAgeParser.Parse(ma, context).Limit : null;
        IReadOnlyList<FeedDefinition> feeds = sections.TryGetValue("feeds", out var f) ? FeedsSectionParser.Parse(f, context, maxAge) : [];

        // backfill: the default for feeds that set none (itself defaulting to 24h).
        var backfill = (sections.TryGetValue("backfill", out var b) ? BackfillParser.Parse(b, context) : null) ?? BackfillPolicy.Default;
        feeds = [.. feeds.Select(feed => feed.Backfill is null ? feed with { Backfill = backfill } : feed)];
        var lists = sections.TryGetValue("lists", out var l) ? ListsSectionParser.Parse(l, context) : new Dictionary<string, RuleCondition>();
        IReadOnlyList<RuleDefinition> rules = sections.TryGetValue("rules", out var r) ? RulesSectionParser.Parse(r, channels.Keys.ToList(), lists, context) : [];
        var admin = sections.TryGetValue("admin", out var a) ? AdminSectionParser.Parse(a, channels.Keys.ToList(), context) : AdminSettings.Default;
        var http = sections.TryGetValue("http", out var h) ? HttpSectionParser.Parse(h, context) : new FeedHttpOptions();
        var discord = sections.TryGetValue("discord", out var d) ? DiscordSectionParser.Parse(d, context) : new DiscordOptions();
        var server = sections.TryGetValue("server", out var sv) ? ServerSectionParser.Parse(sv, context) : ServerSettings.Default;
        var logging = sections.TryGetValue("logging", out var lg) ? LoggingSectionParser.Parse(lg, context) : LoggingSettings.Default;
        var stories = StoriesSectionParser.Parse(sections.GetValueOrDefault("stories"), sections.GetValueOrDefault("rules"), sections.GetValueOrDefault("channels"), context);
        if (sections.TryGetValue("version", out var v))
        {
            context.Int(v, "version", 1, 1);
        }

        // The rules are compiled once, here or at first use, and the config carries the engine to every command and snapshot.
        var config = context.HasErrors ? null : new MonitorConfig(sourcePath, feeds, channels, rules, storage) { Admin = admin, Http = http, Discord = discord, Server = server, Logging = logging, Stories = stories };
        if (config is not null)
        {
            RuleTestsCheck.Run(config, context);
        }

        if (!sections.ContainsKey("feeds"))
        {
            context.Warning(root, "the config has no feeds", "add a 'feeds:' list; nothing will be polled");
        }

        var diagnostics = context.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        return new ConfigLoadResult(context.HasErrors ? null : config, diagnostics) { ConfigForRuleDebugging = config };
    }
}
