using System.Globalization;
using System.Reflection;
using Monitor.Configuration;
using Monitor.Configuration.Feeds;
using Monitor.Configuration.Yaml;
using Monitor.Domain;
using Monitor.Domain.Channels;
using Monitor.Domain.Feeds;

namespace Monitor.Cli;

/// <summary><c>monitor check --defaults</c>: the effective config as YAML, every default filled in, every secret masked.</summary>
/// <remarks>
/// Option sections (<c>http</c>, <c>discord</c>) are printed from their options types by reflection, so a default is written once, in
/// its options type, and never restated here. Webhook URLs, bot tokens and the database connection print as <c>***</c>; a feed URL
/// loses its user info and query string (they may carry <c>${…}</c> values).
/// </remarks>
internal static class EffectiveConfigPrinter
{
    private const string Masked = "***";

    public static void Print(MonitorConfig config, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"# effective config of {config.SourcePath}: defaults filled in, secrets masked"));
        output.WriteLine("feeds:");
        foreach (var feed in config.Feeds)
        {
            output.WriteLine(string.Create(inv, $"  - id: {feed.Id}"));
            if (feed.Name is not null)
            {
                output.WriteLine(string.Create(inv, $"    name: {Quote(feed.Name)}"));
            }

            output.WriteLine(string.Create(inv, $"    url: {Quote(feed.IsHttp ? MaskUrl(feed.Source) : feed.Source)}"));
            output.WriteLine(string.Create(inv, $"    interval: {Durations.Format(feed.Interval)}"));
            output.WriteLine(string.Create(inv, $"    id_from: {feed.IdFrom.ToString().ToLowerInvariant()}"));
            output.WriteLine(string.Create(inv, $"    backfill: {Backfill(feed.Backfill ?? BackfillPolicy.Default)}"));
        }

        output.WriteLine("channels:");
        foreach (var channel in config.Channels.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            PrintChannel(channel, output);
        }

        output.WriteLine(string.Create(inv, $"rules: # {config.Rules.Count}; 'monitor rules explain <id>' shows what each matches"));
        foreach (var rule in config.Rules)
        {
            output.WriteLine(string.Create(inv, $"  - {{id: {rule.Id}, category: {rule.Category}, severity: {rule.Severity.ToName()}, channels: [{string.Join(", ", rule.Channels)}], tests: {rule.Tests.Count}}}"));
        }

        output.WriteLine("admin:");
        output.WriteLine(string.Create(inv, $"  channel: {config.Admin.ChannelId ?? "null"}"));
        output.WriteLine(string.Create(inv, $"  feed_failure_threshold: {config.Admin.FeedFailureThreshold}"));
        PrintOptions("http", config.Http, HttpSectionParser.KeyOf, output);
        PrintOptions("discord", config.Discord, OptionsValidation.SnakeCase, output);
        output.WriteLine("storage:");
        output.WriteLine(string.Create(inv, $"  provider: {config.Storage.Provider.ToString().ToLowerInvariant()}"));
        if (config.Storage.SqlitePath is not null)
        {
            output.WriteLine(string.Create(inv, $"  path: {Quote(config.Storage.SqlitePath)}"));
        }

        if (config.Storage.Connection is not null)
        {
            output.WriteLine(string.Create(inv, $"  connection: {Masked}"));
        }

        output.WriteLine(string.Create(inv, $"  retention: {Durations.Format(config.Storage.Retention)}"));
    }

    /// <summary>Returns <paramref name="url"/> without user info and query string, each replaced by <c>***</c>.</summary>
    internal static string MaskUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Masked;
        }

        var user = uri.UserInfo.Length > 0 ? Masked + "@" : string.Empty;
        var query = uri.Query.Length > 0 ? "?" + Masked : string.Empty;
        return $"{uri.Scheme}://{user}{uri.Authority}{uri.AbsolutePath}{query}";
    }

    private static void PrintChannel(ChannelDefinition channel, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"  {channel.Id}:"));
        output.WriteLine(string.Create(inv, $"    webhook: {(channel.Webhook is { IsEmpty: false } ? Masked : "\"\" # console")}"));
        if (channel.BotToken is { IsEmpty: false })
        {
            output.WriteLine(string.Create(inv, $"    bot_token: {Masked}"));
            output.WriteLine(string.Create(inv, $"    discord_channel: {channel.DiscordChannelId}"));
        }

        if (channel.ThreadId is not null)
        {
            output.WriteLine(string.Create(inv, $"    thread_id: {channel.ThreadId}"));
        }

        output.WriteLine(string.Create(inv, $"    forum: {(channel.Forum ? "true" : "false")}"));
        if (channel.Mention is { } mention)
        {
            output.WriteLine(string.Create(inv, $"    mention: {{roles: [{string.Join(", ", mention.Roles)}], users: [{string.Join(", ", mention.Users)}], min_severity: {mention.MinSeverity.ToName()}}}"));
        }
    }

    private static void PrintOptions(string section, object options, Func<string, string> keyOf, TextWriter output)
    {
        output.WriteLine(section + ":");
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = keyOf(property.Name);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key}: {Value(key, property.GetValue(options))}"));
        }
    }

    private static string Value(string key, object? value) => value switch
    {
        null => "null",
        TimeSpan span when span.Ticks % TimeSpan.TicksPerSecond != 0 => span.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + "ms",
        TimeSpan span => Durations.Format(span),
        long bytes when key == "max_body" => Size(bytes),
        double number => number.ToString(CultureInfo.InvariantCulture),
        Uri uri => MaskUrl(uri.AbsoluteUri),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + "MB"
        : bytes % 1024 == 0 ? (bytes / 1024).ToString(CultureInfo.InvariantCulture) + "KB" : bytes.ToString(CultureInfo.InvariantCulture);

    private static string Backfill(BackfillPolicy policy) => policy.Mode switch
    {
        BackfillMode.None => "none",
        BackfillMode.All => "all",
        _ => Durations.Format(policy.Window),
    };

    private static string Quote(string text) => text.Length > 0 && text.IndexOfAny([':', '#', '\'', '"', '{', '}', '[', ']', ',']) < 0 && !char.IsWhiteSpace(text[0])
        ? text
        : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
