namespace Monitor.Discord.Gateway;

/// <summary>What <see cref="GatewayStateMachine"/> asks its driver to do, in order.</summary>
public abstract record GatewayAction
{
    private GatewayAction()
    {
    }

    /// <summary>Call <c>GET /gateway/bot</c> and feed back <see cref="GatewayEvent.GatewayFetched"/> or <see cref="GatewayEvent.GatewayFetchFailed"/>.</summary>
    public sealed record FetchGateway : GatewayAction;

    /// <summary>Open a WebSocket to <paramref name="Url"/> (query included) and feed back <see cref="GatewayEvent.Connected"/> or <see cref="GatewayEvent.Closed"/>.</summary>
    public sealed record Connect(Uri Url, bool Resuming) : GatewayAction;

    /// <summary>Close the current WebSocket with <paramref name="Code"/>; its later events are no longer fed in.</summary>
    public sealed record Close(int Code) : GatewayAction;

    /// <summary>Send IDENTIFY (op 2) with the bot token and <paramref name="Intents"/>.</summary>
    public sealed record Identify(GatewayIntents Intents) : GatewayAction;

    /// <summary>Send RESUME (op 6).</summary>
    public sealed record Resume(string SessionId, int? Sequence) : GatewayAction;

    /// <summary>Send a heartbeat (op 1) carrying the last sequence.</summary>
    public sealed record Heartbeat(int? Sequence) : GatewayAction;

    /// <summary>The Gateway stopped for good: tell the operator <paramref name="Reason"/> (what to fix). The rest of Monitor keeps running.</summary>
    public sealed record Fatal(string Reason) : GatewayAction;
}
