using System.Globalization;
using Monitor.Pipeline.Delivery;

namespace Monitor.Infrastructure.Storage;

/// <summary>
/// The <see cref="OutboxStatus"/> values as SQL literals. Every outbox statement is built from these, so the enum is the one place that
/// says which number means what (literals rather than parameters keep the statements' plans independent of the values).
/// </summary>
internal static class OutboxStatusSql
{
    /// <summary>Gets <see cref="OutboxStatus.Pending"/> as SQL.</summary>
    public static string Pending { get; } = Literal(OutboxStatus.Pending);

    /// <summary>Gets <see cref="OutboxStatus.Sent"/> as SQL.</summary>
    public static string Sent { get; } = Literal(OutboxStatus.Sent);

    /// <summary>Gets <see cref="OutboxStatus.Dead"/> as SQL.</summary>
    public static string Dead { get; } = Literal(OutboxStatus.Dead);

    private static string Literal(OutboxStatus status) => ((int)status).ToString(CultureInfo.InvariantCulture);
}
