namespace Monitor.Discord.Interactions;

/// <summary>Handles slash commands and autocomplete; the same handler serves the Gateway and HTTP interactions.</summary>
/// <remarks>
/// Answer through the responder. A handler that has not acknowledged after <see cref="InteractionDispatcher.AutoDeferAfter"/>
/// is deferred for it (ephemeral), and its later <see cref="InteractionResponder.RespondAsync"/> fills in <c>@original</c>.
/// </remarks>
public interface IInteractionHandler
{
    /// <summary>Handles <paramref name="interaction"/>.</summary>
    Task HandleAsync(SocketInteraction interaction, InteractionResponder responder, CancellationToken cancellationToken);
}
