namespace Monitor.Domain.Feeds;

/// <summary>What an item's identity (its dedup key) is taken from. Config: a feed's <c>id_from</c>.</summary>
public enum ItemIdentitySource
{
    /// <summary>The guid / Atom id, else the canonical link, else a hash of title and summary (the default).</summary>
    Guid,

    /// <summary>The canonical link, else the hash: for feeds whose guids change on every fetch.</summary>
    Link,

    /// <summary>A hash of title and summary: for feeds whose guids and links both change.</summary>
    Hash,
}
