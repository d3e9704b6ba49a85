using System.Security.Cryptography;
using System.Text;
using Monitor.Discord.Models;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Rendering;

/// <summary>Packs the longest prefix of a channel's pending alerts into one message: ≤ 10 embeds, ≤ 6000 characters, no repeated URL.</summary>
public static class MessageComposer
{
    /// <summary>Composes the next message for <paramref name="channel"/> from <paramref name="alerts"/> (oldest first, at least one).</summary>
    public static ComposedMessage Compose(ChannelDefinition channel, IReadOnlyList<Alert> alerts, int maxEmbeds = DiscordLimits.EmbedsPerMessage)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(alerts);
        if (alerts.Count == 0)
        {
            throw new ArgumentException("At least one alert is needed.", nameof(alerts));
        }

        var embeds = new List<DiscordEmbed>();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var alert in alerts)
        {
            var embed = AlertEmbedRenderer.Render(alert);
            var length = embed.CountedLength;
            var duplicateUrl = embed.Url is not null && urls.Contains(embed.Url);
            if (embeds.Count > 0 && (embeds.Count >= Math.Clamp(maxEmbeds, 1, DiscordLimits.EmbedsPerMessage) || total + length > DiscordLimits.MessageEmbedCharacters || duplicateUrl))
            {
                break;
            }

            embeds.Add(embed);
            total += length;
            if (embed.Url is not null)
            {
                urls.Add(embed.Url);
            }
        }

        var carried = alerts.Take(embeds.Count).ToList();
        var (content, allowed) = Mentions(channel, carried);
        var message = new DiscordMessage
        {
            Content = content,
            Embeds = embeds,
            AllowedMentions = allowed,
            ThreadName = channel.Forum && !channel.UsesBot ? ThreadName(carried) : null,
            Nonce = channel.UsesBot ? Nonce(channel.Id, carried) : null,
            EnforceNonce = channel.UsesBot ? true : null,
        };
        return new ComposedMessage(message, embeds.Count);
    }

    /// <summary>Returns the nonce for a bot message carrying <paramref name="alerts"/>: 25 base32 characters of a hash of the channel and alert ids, so a retry of the same message is deduplicated by Discord.</summary>
    public static string Nonce(string channelId, IEnumerable<Alert> alerts)
    {
        var ids = string.Join(",", alerts.Select(a => a.Id));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}:{ids}"));
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var sb = new StringBuilder(DiscordLimits.Nonce);
        for (var i = 0; i < DiscordLimits.Nonce; i++)
        {
            sb.Append(alphabet[hash[i] & 31]);
        }

        return sb.ToString();
    }

    private static (string? Content, DiscordAllowedMentions Allowed) Mentions(ChannelDefinition channel, List<Alert> alerts)
    {
        var mention = channel.Mention;
        if (mention is null || mention.IsEmpty || !alerts.Exists(a => a.Severity >= mention.MinSeverity))
        {
            return (null, DiscordAllowedMentions.None);
        }

        var roles = mention.Roles.Take(DiscordLimits.AllowedMentionIds).ToList();
        var users = mention.Users.Take(DiscordLimits.AllowedMentionIds).ToList();
        var content = string.Join(" ", roles.Select(r => $"<@&{r}>").Concat(users.Select(u => $"<@{u}>")));
        return (DiscordText.Truncate(content, DiscordLimits.Content), new DiscordAllowedMentions
        {
            Roles = roles.Count > 0 ? roles : null,
            Users = users.Count > 0 ? users : null,
        });
    }

    private static string ThreadName(List<Alert> alerts)
    {
        var title = DiscordText.Neutralize(alerts[0].Item.Title).Replace('\n', ' ').Trim();
        title = title.Length == 0 ? $"Alert {alerts[0].Id}" : title;
        var suffix = alerts.Count > 1 ? $" (+{alerts.Count - 1})" : string.Empty;
        return DiscordText.Truncate(title, DiscordLimits.ThreadName - suffix.Length) + suffix;
    }
}
