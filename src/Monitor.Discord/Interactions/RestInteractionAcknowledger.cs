using System.Text.Json.Nodes;
using Monitor.Discord.Rest;

namespace Monitor.Discord.Interactions;

/// <summary>Acknowledges over <c>POST /interactions/{id}/{token}/callback</c> (the Gateway path: a response on the socket does not count).</summary>
public sealed class RestInteractionAcknowledger(DiscordBotApiClient api) : IInteractionAcknowledger
{
    /// <inheritdoc/>
    public Task AcknowledgeAsync(SocketInteraction interaction, JsonObject callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, callback, cancellationToken);
    }
}
