using System.Text.Json;
using System.Text.Json.Nodes;
using Monitor.Discord.Models;
using Monitor.Discord.Rest;

namespace Monitor.Discord.Interactions;

/// <summary>
/// Answers one interaction and guarantees one acknowledgement: the first call acknowledges (type 4, 5 or 8); after a deferral the reply
/// edits <c>@original</c>; anything later is a followup. Thread-safe, so the dispatcher's automatic deferral cannot race the handler.
/// </summary>
public sealed class InteractionResponder
{
    /// <summary>The EPHEMERAL message flag (1 &lt;&lt; 6): only the invoking user sees the message.</summary>
    public const int EphemeralFlag = 64;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SocketInteraction interaction;
    private readonly IInteractionAcknowledger acknowledger;
    private readonly DiscordBotApiClient api;
    private State state;

    /// <summary>Initializes a new instance of the <see cref="InteractionResponder"/> class.</summary>
    public InteractionResponder(SocketInteraction interaction, IInteractionAcknowledger acknowledger, DiscordBotApiClient api)
    {
        this.interaction = interaction;
        this.acknowledger = acknowledger;
        this.api = api;
    }

    private enum State
    {
        None,
        Deferred,
        Responded,
    }

    /// <summary>Gets a value indicating whether the interaction has been acknowledged.</summary>
    public bool IsAcknowledged => state != State.None;

    /// <summary>Gets a value indicating whether the interaction was deferred (type 5) and the reply has not been filled in yet.</summary>
    public bool IsDeferred => state == State.Deferred;

    /// <summary>Replies: the initial response (type 4), the edit of a deferred <c>@original</c>, or a followup once replied.</summary>
    public async Task RespondAsync(DiscordMessage message, bool ephemeral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var flagged = ephemeral ? message with { Flags = (message.Flags ?? 0) | EphemeralFlag } : message;
        await gate.WaitAsync(cancellationToken);
        try
        {
            switch (state)
            {
                case State.None:
                    await acknowledger.AcknowledgeAsync(interaction, Callback(InteractionCallbackType.ChannelMessageWithSource, JsonSerializer.SerializeToNode(flagged, DiscordJson.Options)), cancellationToken);
                    break;
                case State.Deferred:
                    // Whether the reply is ephemeral was fixed by the deferral.
                    await api.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message with { Flags = null }, cancellationToken);
                    break;
                default:
                    await api.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, flagged, cancellationToken);
                    break;
            }

            state = State.Responded;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Acknowledges now with "thinking…" (type 5) when not yet acknowledged; otherwise does nothing (never two acknowledgements).</summary>
    public async Task DeferAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (state != State.None)
            {
                return;
            }

            var data = ephemeral ? new JsonObject { ["flags"] = EphemeralFlag } : null;
            await acknowledger.AcknowledgeAsync(interaction, Callback(InteractionCallbackType.DeferredChannelMessageWithSource, data), cancellationToken);
            state = State.Deferred;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Answers an autocomplete request (type 8, at most 25 choices) when not yet acknowledged.</summary>
    public async Task AutocompleteAsync(IEnumerable<AutocompleteChoice> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var list = new JsonArray(choices.Take(25).Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["value"] = c.Value }).ToArray());
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (state != State.None)
            {
                return;
            }

            await acknowledger.AcknowledgeAsync(interaction, Callback(InteractionCallbackType.ApplicationCommandAutocompleteResult, new JsonObject { ["choices"] = list }), cancellationToken);
            state = State.Responded;
        }
        finally
        {
            gate.Release();
        }
    }

    private static JsonObject Callback(InteractionCallbackType type, JsonNode? data)
    {
        var callback = new JsonObject { ["type"] = (int)type };
        if (data is not null)
        {
            callback["data"] = data;
        }

        return callback;
    }
}
