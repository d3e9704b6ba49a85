namespace Monitor.Domain.Channels;

/// <summary>A delivery destination as the config defines it.</summary>
/// <param name="Id">The channel's id in the config (the key under <c>channels:</c>).</param>
/// <param name="Webhook">The Discord webhook URL after <c>${ENV}</c> substitution; <see langword="null"/> or empty prints to the console instead.</param>
public sealed record ChannelDefinition(string Id, Secret? Webhook)
{
    /// <summary>Gets a value indicating whether alerts for this channel go to the console (no webhook configured).</summary>
    public bool IsConsole => Webhook is null || Webhook.IsEmpty;
}
