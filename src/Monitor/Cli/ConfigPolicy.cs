namespace Monitor.Cli;

/// <summary>How a command treats a config whose only errors are failing rule <c>tests:</c> entries.</summary>
internal enum ConfigPolicy
{
    /// <summary>Refuse it like any invalid config (<c>check</c>, <c>run</c>).</summary>
    Strict,

    /// <summary>Run, after printing the failing tests to standard error (<c>match</c>, <c>rules explain</c>, <c>feeds</c>, <c>outbox</c>).</summary>
    ReportFailingRuleTests,

    /// <summary>Run; the failing tests (printed to standard error like every diagnostic) are the command's report (<c>rules test</c>).</summary>
    CommandReportsRuleTests,
}
