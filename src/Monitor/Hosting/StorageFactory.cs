using Monitor.Configuration;
using Monitor.Infrastructure.Storage;

namespace Monitor.Hosting;

/// <summary>Opens the configured store.</summary>
public static class StorageFactory
{
    /// <summary>Opens storage for <paramref name="settings"/> and applies migrations.</summary>
    public static async Task<SqliteStore> OpenAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider != StorageProvider.Sqlite)
        {
            throw new NotSupportedException("storage: only 'sqlite' is available in this build; set storage.provider to sqlite");
        }

        return await SqliteStore.OpenAsync(settings.SqlitePath!, cancellationToken);
    }
}
