namespace Monitor.Domain.Feeds;

/// <summary>What a feed's first poll alerts (see <see cref="BackfillPolicy"/>).</summary>
public enum BackfillMode
{
    /// <summary>Record the items present, alert none of them.</summary>
    None,

    /// <summary>Alert every matching item present.</summary>
    All,

    /// <summary>Alert only items published within <see cref="BackfillPolicy.Window"/> before the poll.</summary>
    Window,
}
