using Monitor.Configuration.Yaml;
using Monitor.Domain.Channels;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Server;

/// <summary>Reads the <c>server:</c> section: <c>listen</c> (<c>127.0.0.1:9464</c>) and <c>token</c> (bearer, from the environment).</summary>
public static class ServerSectionParser
{
    /// <summary>Gets the keys the section accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["listen", "token"];

    /// <summary>Parses the section.</summary>
    public static ServerSettings Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Mapping(node, "server") is not { } map)
        {
            return ServerSettings.Default;
        }

        ServerEndpoint? listen = null;
        YamlNode? listenNode = null;
        Secret? token = null;
        foreach (var (key, _, value) in context.Entries(map, "server", Keys))
        {
            switch (key)
            {
                case "listen":
                    listenNode = value;
                    var text = context.RequiredString(value, "server listen");
                    if (ServerEndpoint.TryParse(text, out var endpoint))
                    {
                        listen = endpoint;
                    }
                    else if (text is not null)
                    {
                        context.Error(value, $"server listen '{text}' is not an address:port", "write an IP address and a port, e.g. 127.0.0.1:9464 (this machine only) or 0.0.0.0:9464 (with server.token)");
                    }

                    break;
                case "token":
                    var raw = ParseContext.Raw(value);
                    var secret = context.Scalar(value, "server token");
                    if (secret is { Length: > 0 } && EnvSubstitution.References(raw).Count == 0)
                    {
                        context.Warning(value, "the server token is written into the config file", "move it to an environment variable and write 'token: ${MONITOR_SERVER_TOKEN}'");
                    }

                    token = string.IsNullOrWhiteSpace(secret) ? null : new Secret(secret.Trim());
                    break;
            }
        }

        var settings = new ServerSettings(listen, token);
        if (RequiresToken(settings))
        {
            context.Error(listenNode ?? map, $"server listen {listen} is reachable from other machines but server.token is not set", "set 'token: ${MONITOR_SERVER_TOKEN}' (and the variable), or listen on 127.0.0.1");
        }

        return settings;
    }

    /// <summary>Returns whether <paramref name="settings"/> listen beyond this machine without a token (not allowed).</summary>
    public static bool RequiresToken(ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Listen is { IsLoopback: false } && settings.Token is null;
    }
}
