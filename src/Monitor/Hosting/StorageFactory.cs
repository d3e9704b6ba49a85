using Monitor.Configuration;
using Monitor.Infrastructure.Storage;

namespace Monitor.Hosting;

/// <summary>Opens the configured store (SQLite by default, PostgreSQL when <c>storage.provider: postgres</c>) and applies migrations.</summary>
public static class StorageFactory
{
    /// <summary>Opens storage for <paramref name="settings"/> and applies migrations.</summary>
    public static async Task<IMonitorStore> OpenAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider switch
        {
            StorageProvider.Postgres => await PostgresStore.OpenAsync(settings.Connection?.Reveal() ?? string.Empty, cancellationToken),
            _ => await SqliteStore.OpenAsync(settings.SqlitePath!, cancellationToken),
        };
    }
}
