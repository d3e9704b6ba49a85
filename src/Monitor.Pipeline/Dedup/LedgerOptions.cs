namespace Monitor.Pipeline.Dedup;

/// <summary>How long the ledger remembers things.</summary>
public sealed class LedgerOptions
{
    /// <summary>Gets the default retention: 90 days.</summary>
    public static TimeSpan DefaultRetention { get; } = TimeSpan.FromDays(90);

    /// <summary>Gets or sets how long seen items (and sent outbox rows) are kept.</summary>
    /// <value>The default value is 90 days.</value>
    public TimeSpan Retention { get; set; } = DefaultRetention;
}
