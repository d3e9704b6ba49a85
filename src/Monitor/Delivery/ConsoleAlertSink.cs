using System.Globalization;
using System.Text;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Delivery;

namespace Monitor.Delivery;

/// <summary>Prints alerts for channels without a webhook, so the bundled config shows real alerts with no Discord at all.</summary>
public sealed class ConsoleAlertSink(TextWriter output) : IAlertSink
{
    private readonly Lock gate = new();

    /// <inheritdoc/>
    public bool CanDeliver(ChannelDefinition channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.IsConsole;
    }

    /// <inheritdoc/>
    public Task<DeliveryOutcome> DeliverAsync(ChannelDefinition channel, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(alerts);
        var text = new StringBuilder();
        foreach (var alert in alerts)
        {
            Format(channel, alert, text);
        }

        lock (gate)
        {
            output.Write(text.ToString());
            output.Flush();
        }

        return Task.FromResult(DeliveryOutcome.Delivered(alerts.Count));
    }

    /// <summary>Formats one alert as a few readable lines.</summary>
    public static void Format(ChannelDefinition channel, Alert alert, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(text);
        var item = alert.Item;
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"[{alert.Severity.ToName().ToUpperInvariant()}] #{channel.Id} {item.Title}").AppendLine();
        foreach (var hit in alert.Hits)
        {
            var terms = string.Join(", ", hit.Matches.Select(m => m.Text).Distinct(StringComparer.OrdinalIgnoreCase));
            text.Append(inv, $"  rule {hit.RuleId} · {hit.Category} · {hit.Severity.ToName()} · matched: {terms}").AppendLine();
            if (hit.Explanation is not null)
            {
                text.Append(inv, $"    why: {hit.Explanation}").AppendLine();
            }
        }

        text.Append(inv, $"  {item.FeedId} · {item.Published.UtcDateTime:yyyy-MM-dd HH:mm} UTC").Append(item.Link is null ? string.Empty : " · " + item.Link).AppendLine();
        text.AppendLine();
    }
}
