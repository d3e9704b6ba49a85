using Monitor.Configuration.Yaml;
using Monitor.Domain.Channels;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Channels;

/// <summary>Reads the <c>channels:</c> section: id → destination. Webhook URLs come from the environment (<c>${NAME}</c>) or a file.</summary>
/// <remarks>
/// Discord keys beside <c>webhook</c>: <c>thread_id</c> (post into a thread of the webhook's channel), <c>forum: true</c> (every message
/// opens a forum post), <c>bot_token</c> + <c>discord_channel</c> (post as a bot instead of a webhook) and
/// <c>mention: {roles: [id], users: [id], min_severity: high}</c> (the only ids that can ever ping).
/// </remarks>
public static partial class ChannelsSectionParser
{
    /// <summary>Gets the keys a channel accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["webhook", "webhook_file", "thread_id", "forum", "mention", "bot_token", "discord_channel", "stories"];

    /// <summary>Parses the section.</summary>
    public static IReadOnlyDictionary<string, ChannelDefinition> Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channels = new Dictionary<string, ChannelDefinition>(StringComparer.Ordinal);
        var map = context.Mapping(node, "channels");
        if (map is null)
        {
            return channels;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var id = ParseContext.Raw(keyNode);
            if (string.IsNullOrWhiteSpace(id))
            {
                context.Error(keyNode, "a channel has no name", "write 'channels:' entries as 'name: { webhook: ${ENV_VAR} }'");
                continue;
            }

            var channel = ParseChannel(id, value, context);
            if (channel is not null)
            {
                channels[id] = channel;
            }
        }

        return channels;
    }

    private static ChannelDefinition? ParseChannel(string id, YamlNode node, ParseContext context)
    {
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return new ChannelDefinition(id, null);
        }

        var map = context.Mapping(node, $"channel '{id}'");
        if (map is null)
        {
            return null;
        }

        Secret? webhook = null;
        var discord = new DiscordKeys();
        foreach (var (key, _, value) in context.Entries(map, $"channel '{id}'", Keys))
        {
            switch (key)
            {
                case "thread_id" or "forum" or "mention" or "bot_token" or "discord_channel":
                    ParseDiscordKey(id, key, value, discord, context);
                    break;
                case "webhook":
                    webhook = ParseWebhook(id, value, context);
                    break;
                case "webhook_file":
                    var path = context.RequiredString(value, "webhook_file");
                    if (path is not null)
                    {
                        webhook = ReadSecretFile(context.ResolvePath(path), value, context);
                    }

                    break;
            }
        }

        return Build(id, webhook, discord, map, context);
    }

    private static Secret? ParseWebhook(string id, YamlNode value, ParseContext context)
    {
        var raw = ParseContext.Raw(value) ?? string.Empty;
        var url = context.Scalar(value, "webhook");
        if (url is null)
        {
            return null;
        }

        if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            // Never echo the value: it may be a token.
            context.Error(value, $"the webhook of channel '{id}' is not an http(s) URL", "set it to a webhook URL such as https://discord.com/api/webhooks/<id>/<token>");
            return null;
        }

        if (url.Length > 0 && EnvSubstitution.References(raw).Count == 0)
        {
            context.Warning(value, $"the webhook of channel '{id}' is written into the config file", "move it to an environment variable and write 'webhook: ${DISCORD_WEBHOOK_...}'; anyone who reads the file can post as the webhook");
        }

        return new Secret(url);
    }

    private static Secret? ReadSecretFile(string path, YamlNode node, ParseContext context)
    {
        try
        {
            return new Secret(File.ReadAllText(path).Trim());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error(node, $"webhook_file '{path}' cannot be read ({ex.GetType().Name})", "check that the file exists and is readable by the monitor process");
            return null;
        }
    }
}
