using System.Text.Json.Nodes;

namespace Monitor.TestKit.Discord;

/// <summary>An interaction the test server handed out (over the Gateway or HTTP), with every response the bot gave to it.</summary>
public sealed class DiscordTestInteraction
{
    /// <summary>Gets the interaction id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the continuation token.</summary>
    public required string Token { get; init; }

    /// <summary>Gets the application id.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>Gets when Discord sent it; the initial response is due within 3 seconds of this.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the accepted initial response (<c>{"type":…, "data":…}</c>), or <see langword="null"/> before it.</summary>
    public JsonObject? Callback { get; internal set; }

    /// <summary>Gets when the initial response was accepted.</summary>
    public DateTimeOffset? AcknowledgedAt { get; internal set; }

    /// <summary>Gets how many acknowledgements were attempted (a second gets 40060).</summary>
    public int AcknowledgeAttempts { get; internal set; }

    /// <summary>Gets the original response message as it stands (type 4 data, or what PATCH <c>@original</c> filled in).</summary>
    public JsonObject? Original { get; internal set; }

    /// <summary>Gets how often <c>@original</c> was edited.</summary>
    public int OriginalEdits { get; internal set; }

    /// <summary>Gets the followup messages.</summary>
    public List<JsonObject> Followups { get; } = [];

    /// <summary>Gets the callback type, or <see langword="null"/> before the acknowledgement.</summary>
    public int? CallbackType => (int?)Callback?["type"];

    /// <summary>Gets a value indicating whether the reply the user sees is ephemeral (flag 64 on the response or deferral).</summary>
    public bool IsEphemeral => (((int?)Callback?["data"]?["flags"] ?? 0) & 64) != 0;
}
