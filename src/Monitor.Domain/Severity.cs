namespace Monitor.Domain;

/// <summary>How urgent an alert is. Ordered: a larger value is more severe.</summary>
/// <remarks>Meanings follow Sigma's levels: <see cref="Info"/> is enrichment only, <see cref="Critical"/> borders certainty.</remarks>
public enum Severity
{
    /// <summary>Context worth knowing; no action expected.</summary>
    Info = 0,

    /// <summary>Low relevance.</summary>
    Low = 1,

    /// <summary>Relevant; read when convenient.</summary>
    Medium = 2,

    /// <summary>Important; read now.</summary>
    High = 3,

    /// <summary>Act now; the event is as good as certain.</summary>
    Critical = 4,
}
