using Microsoft.Extensions.Logging;
using Monitor.Discord.Models;
using Monitor.Discord.Rest;

namespace Monitor.Discord.Interactions;

/// <summary>
/// Runs the <see cref="IInteractionHandler"/> for an interaction and keeps Discord's 3-second rule: a slash command not acknowledged after
/// <see cref="AutoDeferAfter"/> is deferred (ephemeral), an autocomplete request gets an empty list. A failing handler still gets an answer.
/// </summary>
public sealed class InteractionDispatcher(IInteractionHandler handler, DiscordBotApiClient api, TimeProvider time, ILogger<InteractionDispatcher> logger)
{
    /// <summary>Gets or sets how long a handler may run before the dispatcher acknowledges for it; well under Discord's 3 seconds.</summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Handles <paramref name="interaction"/>, acknowledging through <paramref name="acknowledger"/>. Completes when the handler has.</summary>
    public async Task DispatchAsync(SocketInteraction interaction, IInteractionAcknowledger acknowledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var responder = new InteractionResponder(interaction, acknowledger, api);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(AutoDeferAfter, time, timer.Token); // set before the handler starts, so its clock starts on arrival
        var work = RunHandlerAsync(interaction, responder, cancellationToken);
        if (await Task.WhenAny(work, deadline) == deadline && !deadline.IsCanceled && !responder.IsAcknowledged)
        {
            await AcknowledgeForHandlerAsync(interaction, responder, cancellationToken);
        }

        await timer.CancelAsync();
        await work;
    }

    private async Task RunHandlerAsync(SocketInteraction interaction, InteractionResponder responder, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            await handler.HandleAsync(interaction, responder, cancellationToken);
            if (!responder.IsAcknowledged || responder.IsDeferred)
            {
                Log.InteractionUnanswered(logger, interaction.Id, interaction.CommandName ?? "?");
                await AnswerAsync(interaction, responder, "Monitor had no answer to this command.", cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.InteractionFailed(logger, interaction.Id, interaction.CommandName ?? "?", e);
            try
            {
                await AnswerAsync(interaction, responder, "Monitor could not handle this command; the operator can find the error in Monitor's log.", cancellationToken);
            }
            catch (DiscordApiException answer)
            {
                Log.InteractionFailed(logger, interaction.Id, interaction.CommandName ?? "?", answer);
            }
        }
    }

    private static Task AnswerAsync(SocketInteraction interaction, InteractionResponder responder, string text, CancellationToken cancellationToken) =>
        interaction.IsAutocomplete
            ? responder.AutocompleteAsync([], cancellationToken)
            : responder.RespondAsync(new DiscordMessage { Content = text }, ephemeral: true, cancellationToken);

    private async Task AcknowledgeForHandlerAsync(SocketInteraction interaction, InteractionResponder responder, CancellationToken cancellationToken)
    {
        try
        {
            if (interaction.IsAutocomplete)
            {
                await responder.AutocompleteAsync([], cancellationToken);
            }
            else
            {
                await responder.DeferAsync(ephemeral: true, cancellationToken);
            }
        }
        catch (DiscordApiException e)
        {
            Log.InteractionFailed(logger, interaction.Id, interaction.CommandName ?? "?", e);
        }
    }
}
