namespace Monitor.Configuration;

/// <summary>The result of loading a config: the config when valid, and every diagnostic (errors and warnings) either way.</summary>
/// <param name="Config">The config, or <see langword="null"/> when there are errors.</param>
/// <param name="Diagnostics">Every problem found, in file order.</param>
public sealed record ConfigLoadResult(MonitorConfig? Config, IReadOnlyList<ConfigDiagnostic> Diagnostics)
{
    /// <summary>Gets the errors (not warnings).</summary>
    public IEnumerable<ConfigDiagnostic> Errors => Diagnostics.Where(d => !d.IsWarning);

    /// <summary>Gets the config when its only errors are failing rule <c>tests:</c> entries (or it is valid), else <see langword="null"/>.</summary>
    /// <remarks>For the commands that debug rules (<c>rules test</c>, <c>rules explain</c>, <c>match</c>); never for <c>check</c> or <c>run</c>.</remarks>
    public MonitorConfig? ConfigForRuleDebugging { get; init; }

    /// <summary>Gets a value indicating whether the only errors are failing rule tests.</summary>
    public bool OnlyRuleTestsFail => Config is null && ConfigForRuleDebugging is not null;

    /// <summary>Gets a value indicating whether the config is valid.</summary>
    public bool IsValid => Config is not null;
}
