using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Domain.Alerts;

namespace Monitor.Infrastructure.Storage;

/// <summary>The outbox's payload format: the domain <see cref="Alert"/> as JSON, so a queued alert is rendered with the current formatter when sent.</summary>
public static class AlertSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Serialises an alert.</summary>
    public static string Serialize(Alert alert) => JsonSerializer.Serialize(alert, Options);

    /// <summary>
    /// Reads a stored payload without throwing: false with the reason when it is not JSON, not an alert, or lacks what delivery needs
    /// (id, channel, item with its title and summary, hits). The reason never quotes the payload.
    /// </summary>
    public static bool TryDeserialize(string? json, [NotNullWhen(true)] out Alert? alert, [NotNullWhen(false)] out string? error)
    {
        alert = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "outbox payload is empty";
            return false;
        }

        Alert? read;
        try
        {
            read = JsonSerializer.Deserialize<Alert>(json, Options);
        }
        catch (JsonException ex)
        {
            // The message names the path and position, not the content.
            error = "outbox payload is not a readable alert: " + ex.Message;
            return false;
        }
        catch (NotSupportedException ex)
        {
            error = "outbox payload is not a readable alert: " + ex.Message;
            return false;
        }

        var missing = read is null ? "everything"
            : read.Id is null ? "id"
            : read.ChannelId is null ? "channelId"
            : read.Item is null ? "item"
            : read.Item.FeedId is null || read.Item.Key is null ? "item.feedId or item.key"
            : read.Item.Title is null || read.Item.Summary is null ? "item.title or item.summary"
            : read.Hits is null ? "hits"
            : null;
        if (missing is not null)
        {
            error = $"outbox payload is not a readable alert: {missing} is missing";
            return false;
        }

        alert = read!;
        error = null;
        return true;
    }
}
