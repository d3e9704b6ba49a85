namespace Monitor.Configuration;

/// <summary>Storage back-ends.</summary>
public enum StorageProvider
{
    /// <summary>SQLite, a single file; the default.</summary>
    Sqlite,

    /// <summary>PostgreSQL, for several instances sharing work.</summary>
    Postgres,
}
