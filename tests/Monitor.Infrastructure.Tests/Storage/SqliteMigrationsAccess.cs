using Monitor.Infrastructure.Storage;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>Reads the internal migration list (InternalsVisibleTo) so a test can build a database as the skeleton left it.</summary>
internal static class SqliteMigrationsAccess
{
    public static string Version1 => SqliteMigrations.All[0];
}
