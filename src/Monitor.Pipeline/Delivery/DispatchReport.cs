namespace Monitor.Pipeline.Delivery;

/// <summary>What one dispatch pass did.</summary>
/// <param name="Delivered">Alerts confirmed by their destination.</param>
/// <param name="Retrying">Alerts whose attempt failed transiently (rescheduled).</param>
/// <param name="Dead">Alerts parked as dead.</param>
public sealed record DispatchReport(int Delivered, int Retrying, int Dead)
{
    /// <summary>Gets a value indicating whether anything was attempted.</summary>
    public bool DidWork => Delivered + Retrying + Dead > 0;
}
