using System.Text.Json.Nodes;
using Monitor.Discord.Rest;

namespace Monitor.Discord.Interactions.Http;

/// <summary>The HTTP path's acknowledgement: the initial response becomes the body of the 200 answer to Discord's request.</summary>
internal sealed class InlineAcknowledger : IInteractionAcknowledger
{
    private readonly TaskCompletionSource<JsonObject> response = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets the initial response once the handler (or the dispatcher's deferral) gave it.</summary>
    public Task<JsonObject> Response => response.Task;

    /// <inheritdoc/>
    public Task AcknowledgeAsync(SocketInteraction interaction, JsonObject callback, CancellationToken cancellationToken)
    {
        if (!response.TrySetResult(callback))
        {
            throw new DiscordApiException("HTTP interaction response", 400, 40060, "Interaction has already been acknowledged.");
        }

        return Task.CompletedTask;
    }
}
