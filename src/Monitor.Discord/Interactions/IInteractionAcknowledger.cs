using System.Text.Json.Nodes;

namespace Monitor.Discord.Interactions;

/// <summary>Sends an interaction's one initial response: over REST for the Gateway, as the HTTP answer for HTTP interactions.</summary>
public interface IInteractionAcknowledger
{
    /// <summary>Sends <paramref name="callback"/> (<c>{"type": …, "data": …}</c>) as the initial response to <paramref name="interaction"/>.</summary>
    Task AcknowledgeAsync(SocketInteraction interaction, JsonObject callback, CancellationToken cancellationToken);
}
