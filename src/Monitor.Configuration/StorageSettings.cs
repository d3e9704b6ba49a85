namespace Monitor.Configuration;

/// <summary>Where Monitor keeps its state.</summary>
/// <param name="Provider">The storage provider.</param>
/// <param name="SqlitePath">For SQLite: the absolute database file path.</param>
/// <param name="Connection">For PostgreSQL: the connection string (a secret; from the environment).</param>
public sealed record StorageSettings(StorageProvider Provider, string? SqlitePath, Monitor.Domain.Channels.Secret? Connection)
{
    /// <summary>Gets how long seen items and sent alerts are kept (<c>storage.retention</c>).</summary>
    /// <value>The default value is 90 days.</value>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(90);
}
