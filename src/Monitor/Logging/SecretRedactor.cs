using System.Text.RegularExpressions;
using Monitor.Configuration;

namespace Monitor.Logging;

/// <summary>
/// Replaces secrets with <c>***</c> in anything about to be logged: the config's webhook URLs, bot tokens, server token
/// and connection string, and any Discord webhook URL's token even when it is not in the config (a last line of defence;
/// log messages are written not to contain secrets in the first place).
/// </summary>
internal sealed partial class SecretRedactor
{
    private const string Mask = "***";
    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string> secrets)
    {
        // Longest first, so a URL is masked whole before a token inside it.
        this.secrets = [.. secrets.Where(s => s.Length >= 6).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    /// <summary>Gets a redactor that only masks Discord webhook tokens.</summary>
    public static SecretRedactor None { get; } = new([]);

    /// <summary>Collects every secret <paramref name="config"/> holds.</summary>
    public static SecretRedactor For(MonitorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var values = config.Channels.Values.SelectMany(c => new[] { c.Webhook, c.BotToken })
            .Append(config.Server.Token)
            .Append(config.Storage.Connection)
            .Where(s => s is { IsEmpty: false })
            .Select(s => s!.Reveal());
        return new SecretRedactor(values);
    }

    /// <summary>Returns <paramref name="text"/> with every secret masked.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return WebhookToken().Replace(text, "${prefix}" + Mask);
    }

    [GeneratedRegex(@"(?<prefix>/api(/v\d+)?/webhooks/\d+/)[A-Za-z0-9_\-\.]+", RegexOptions.CultureInvariant)]
    private static partial Regex WebhookToken();
}
