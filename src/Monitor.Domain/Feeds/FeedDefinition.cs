namespace Monitor.Domain.Feeds;

/// <summary>A feed as the config defines it.</summary>
/// <param name="Id">Unique id (slug) used in logs, storage and alerts.</param>
/// <param name="Source">An absolute http(s) URL, or an absolute local file path (relative paths are resolved by the config loader).</param>
/// <param name="Interval">How often the feed is polled.</param>
public sealed record FeedDefinition(string Id, string Source, TimeSpan Interval)
{
    /// <summary>Gets a human-readable name; defaults to the id.</summary>
    public string? Name { get; init; }

    /// <summary>Gets what item identities are taken from (config <c>id_from</c>).</summary>
    /// <value>The default value is <see cref="ItemIdentitySource.Guid"/>: guid, else canonical link, else a hash.</value>
    public ItemIdentitySource IdFrom { get; init; } = ItemIdentitySource.Guid;

    /// <summary>Gets what the feed's first poll alerts; <see langword="null"/> means the config-wide default (see <see cref="BackfillPolicy.Default"/>).</summary>
    public BackfillPolicy? Backfill { get; init; }

    /// <summary>Gets the age limit (<c>max_age</c>): items not seen before but published longer ago are recorded as too old, not alerted.</summary>
    /// <value>The default value is <see langword="null"/>: no limit, every item not seen before is new whatever its date.</value>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Source"/> is an http(s) URL (otherwise a local file).</summary>
    public bool IsHttp => Source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || Source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the name shown to people: <see cref="Name"/> when set, else <see cref="Id"/>.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}
