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

    /// <summary>Deserialises an alert.</summary>
    public static Alert Deserialize(string json) =>
        JsonSerializer.Deserialize<Alert>(json, Options) ?? throw new InvalidDataException("outbox payload is empty");
}
