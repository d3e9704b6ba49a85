using Monitor.Configuration.Yaml;
using Monitor.Domain.Channels;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Storage;

/// <summary>Reads the <c>storage:</c> section.</summary>
public static class StorageSectionParser
{
    /// <summary>Gets the keys the section accepts.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = ["provider", "path", "connection", "retention"];

    /// <summary>Gets the default SQLite path, relative to the config file.</summary>
    public static string DefaultPath => "data/monitor.db";

    /// <summary>Returns the settings used when the section is absent.</summary>
    public static StorageSettings Default(ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new StorageSettings(StorageProvider.Sqlite, context.ResolvePath(DefaultPath), null);
    }

    /// <summary>Parses the section.</summary>
    public static StorageSettings Parse(YamlNode node, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = context.Mapping(node, "storage");
        if (map is null)
        {
            return Default(context);
        }

        var provider = StorageProvider.Sqlite;
        string? path = null;
        Secret? connection = null;
        YamlNode? connectionNode = null;
        TimeSpan? retention = null;
        foreach (var (key, _, value) in context.Entries(map, "storage", Keys))
        {
            switch (key)
            {
                case "provider":
                    var name = context.Scalar(value, "provider")?.Trim().ToLowerInvariant();
                    if (name is "sqlite")
                    {
                        provider = StorageProvider.Sqlite;
                    }
                    else if (name is "postgres" or "postgresql")
                    {
                        provider = StorageProvider.Postgres;
                    }
                    else if (name is not null)
                    {
                        context.Error(value, $"storage provider '{name}' is unknown", "use 'sqlite' (default) or 'postgres'");
                    }

                    break;
                case "path":
                    path = context.RequiredString(value, "storage path");
                    break;
                case "connection":
                    connectionNode = value;
                    var text = context.Scalar(value, "connection");
                    connection = text is null ? null : new Secret(text);
                    break;
                case "retention":
                    retention = context.Duration(value, "retention");
                    if (retention is { } r && r < TimeSpan.FromDays(1))
                    {
                        context.Error(value, $"retention {Durations.Format(r)} is shorter than 1d", "keep seen items at least a day (default 90d), or old items in a feed alert again");
                        retention = null;
                    }

                    break;
            }
        }

        if (provider == StorageProvider.Postgres && (connection is null || connection.IsEmpty))
        {
            context.Error(connectionNode ?? map, "storage provider 'postgres' needs a connection string", "add 'connection: ${MONITOR_PG}' and set MONITOR_PG, e.g. 'Host=127.0.0.1;Database=monitor;Username=monitor'");
        }

        var settings = new StorageSettings(provider, context.ResolvePath(path ?? DefaultPath), connection);
        return retention is { } kept ? settings with { Retention = kept } : settings;
    }
}
