using System.Text.Json.Nodes;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Gateway;

/// <summary>The payloads Monitor sends on the Gateway (op, d).</summary>
internal static class GatewayPayloads
{
    public static JsonObject Identify(Secret token, GatewayIntents intents) => new()
    {
        ["op"] = (int)GatewayOpCode.Identify,
        ["d"] = new JsonObject
        {
            ["token"] = token.Reveal(),
            ["intents"] = (int)intents,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "monitor", ["device"] = "monitor" },
        },
    };

    public static JsonObject Resume(Secret token, string sessionId, int? sequence) => new()
    {
        ["op"] = (int)GatewayOpCode.Resume,
        ["d"] = new JsonObject { ["token"] = token.Reveal(), ["session_id"] = sessionId, ["seq"] = sequence },
    };

    public static JsonObject Heartbeat(int? sequence) => new() { ["op"] = (int)GatewayOpCode.Heartbeat, ["d"] = sequence };
}
