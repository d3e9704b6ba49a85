using System.Text.RegularExpressions;
using Monitor.Configuration.Yaml;
using Monitor.Domain;
using Monitor.Domain.Channels;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Channels;

/// <summary>The Discord-specific channel keys: threads, forums, bot tokens and mentions.</summary>
public static partial class ChannelsSectionParser
{
    internal static readonly string[] MentionKeys = ["roles", "users", "min_severity"];

    private static void ParseDiscordKey(string id, string key, YamlNode value, DiscordKeys discord, ParseContext context)
    {
        switch (key)
        {
            case "thread_id":
                discord.ThreadId = Snowflake(value, $"thread_id of channel '{id}'", context);
                break;
            case "forum":
                discord.Forum = context.Bool(value, "forum") ?? false;
                break;
            case "discord_channel":
                discord.DiscordChannelId = Snowflake(value, $"discord_channel of channel '{id}'", context);
                break;
            case "bot_token":
                var token = context.Scalar(value, "bot_token");
                if (token is { Length: > 0 } && EnvSubstitution.References(ParseContext.Raw(value)).Count == 0)
                {
                    context.Warning(value, $"the bot token of channel '{id}' is written into the config file", "move it to an environment variable and write 'bot_token: ${DISCORD_BOT_TOKEN}'");
                }

                discord.BotToken = token is null ? null : new Secret(token.Trim());
                break;
            case "mention":
                discord.Mention = ParseMention(id, value, context);
                break;
        }
    }

    private static ChannelDefinition Build(string id, Secret? webhook, DiscordKeys discord, YamlMappingNode node, ParseContext context)
    {
        if (discord.ThreadId is not null && discord.Forum)
        {
            context.Error(node, $"channel '{id}' sets both thread_id and forum", "use thread_id to post into one existing thread, or forum: true to open a post per message, not both");
        }

        var hasBot = discord.BotToken is { IsEmpty: false };
        if (hasBot && discord.DiscordChannelId is null)
        {
            context.Error(node, $"channel '{id}' has a bot_token but no discord_channel", "add 'discord_channel: <channel id>' (right-click the channel in Discord → Copy Channel ID)");
        }

        if (hasBot && discord.Forum)
        {
            context.Error(node, $"channel '{id}' uses forum: true with a bot_token", "forum posts are supported through a webhook; set 'webhook:' instead of 'bot_token:'");
        }

        return new ChannelDefinition(id, webhook)
        {
            ThreadId = discord.ThreadId,
            Forum = discord.Forum,
            BotToken = discord.BotToken,
            DiscordChannelId = discord.DiscordChannelId,
            Mention = discord.Mention,
        };
    }

    private static ChannelMention? ParseMention(string id, YamlNode node, ParseContext context)
    {
        var map = context.Mapping(node, $"mention of channel '{id}'");
        if (map is null)
        {
            return null;
        }

        var roles = new List<string>();
        var users = new List<string>();
        var minSeverity = Severity.High;
        foreach (var (key, _, value) in context.Entries(map, $"mention of channel '{id}'", MentionKeys))
        {
            switch (key)
            {
                case "roles":
                    roles.AddRange(SnowflakeList(value, "mention roles", context));
                    break;
                case "users":
                    users.AddRange(SnowflakeList(value, "mention users", context));
                    break;
                default:
                    var text = context.Scalar(value, "min_severity");
                    if (SeverityNames.TryParse(text, out var severity))
                    {
                        minSeverity = severity.Value;
                    }
                    else if (text is not null)
                    {
                        context.Error(value, $"min_severity '{text}' is not a severity", $"write one of: {string.Join(", ", SeverityNames.All)}");
                    }

                    break;
            }
        }

        if (roles.Count == 0 && users.Count == 0)
        {
            context.Error(node, $"mention of channel '{id}' names no roles and no users", "add 'roles: [<role id>]' or 'users: [<user id>]', or remove 'mention:'");
            return null;
        }

        return new ChannelMention(roles.Distinct(StringComparer.Ordinal).ToList(), users.Distinct(StringComparer.Ordinal).ToList(), minSeverity);
    }

    private static IEnumerable<string> SnowflakeList(YamlNode node, string what, ParseContext context)
    {
        var items = node is YamlSequenceNode seq ? seq.Children : (IEnumerable<YamlNode>)[node];
        foreach (var child in items)
        {
            if (Snowflake(child, what, context) is { } id)
            {
                yield return id;
            }
        }
    }

    private static string? Snowflake(YamlNode node, string what, ParseContext context)
    {
        var text = context.Scalar(node, what)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (SnowflakePattern().IsMatch(text))
        {
            return text;
        }

        context.Error(node, $"{what} '{text}' is not a Discord id", "write the numeric id (17 to 20 digits; enable Developer Mode in Discord and use Copy ID)");
        return null;
    }

    [GeneratedRegex("^[0-9]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex SnowflakePattern();

    private sealed class DiscordKeys
    {
        public string? ThreadId { get; set; }

        public bool Forum { get; set; }

        public string? DiscordChannelId { get; set; }

        public Secret? BotToken { get; set; }

        public ChannelMention? Mention { get; set; }
    }
}
