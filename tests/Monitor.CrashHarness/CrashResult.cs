namespace Monitor.CrashHarness;

/// <summary>What the crash run found (written to the report and docs/reliability.md).</summary>
internal sealed record CrashResult(
    string Storage,
    int Kills,
    int KillsWhileDelivering,
    int AlertsExpected,
    int AlertsDelivered,
    int Lost,
    int DuplicatedAlerts,
    int RepeatedMessages,
    int Messages,
    int Unexpected,
    int OrderViolations,
    int OutboxSent,
    int OutboxPending,
    int OutboxDead,
    string Integrity,
    double Seconds);
