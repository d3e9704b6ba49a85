using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Rest;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Interactions;

/// <summary>
/// Registers slash commands at start with one bulk overwrite (<c>PUT …/commands</c>) per scope — per guild when guilds are configured
/// (instant), else global — and only when <c>GET …/commands</c> shows the definitions changed, so restarts cost no command creates.
/// </summary>
public sealed class CommandRegistrar(DiscordBotApiClient api, ILogger<CommandRegistrar> logger)
{
    /// <summary>Registers <paramref name="commands"/>; reads the application id from <c>GET /oauth2/applications/@me</c> when <paramref name="applicationId"/> is absent.</summary>
    public async Task<IReadOnlyList<CommandRegistrationResult>> RegisterAsync(
        Secret botToken,
        string? applicationId,
        IReadOnlyList<string> guilds,
        IReadOnlyList<ApplicationCommandDefinition> commands,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guilds);
        ArgumentNullException.ThrowIfNull(commands);
        var application = string.IsNullOrEmpty(applicationId) ? await api.GetApplicationIdAsync(botToken, cancellationToken) : applicationId;
        var results = new List<CommandRegistrationResult>();
        IReadOnlyList<string?> scopes = guilds.Count == 0 ? [null] : guilds.Cast<string?>().ToList();
        foreach (var guild in scopes)
        {
            var scope = guild is null ? "global" : $"guild {guild}";
            var desired = new JsonArray(commands.Select(c => (JsonNode)c.ToJson()).ToArray());
            var current = await api.GetCommandsAsync(botToken, application, guild, cancellationToken);
            if (CommandComparer.Same(desired, current))
            {
                Log.CommandsUnchanged(logger, scope, commands.Count);
                results.Add(new CommandRegistrationResult(scope, false, commands.Count));
                continue;
            }

            await api.BulkOverwriteCommandsAsync(botToken, application, guild, desired, cancellationToken);
            Log.CommandsRegistered(logger, scope, commands.Count);
            results.Add(new CommandRegistrationResult(scope, true, commands.Count));
        }

        return results;
    }
}
