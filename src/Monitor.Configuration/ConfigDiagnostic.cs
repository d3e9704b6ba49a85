using System.Globalization;

namespace Monitor.Configuration;

/// <summary>One problem in a config file, with its position and the fix.</summary>
/// <param name="File">The config file's path as given.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record ConfigDiagnostic(string File, int Line, int Column, string Message, string Fix)
{
    /// <summary>Gets a value indicating whether this is only a warning (the config still loads).</summary>
    public bool IsWarning { get; init; }

    /// <summary>Gets a value indicating whether this error is a failing rule <c>tests:</c> entry (the rules themselves are valid).</summary>
    /// <remarks><c>monitor check</c> and <c>monitor run</c> refuse such a config; <c>rules test</c>, <c>rules explain</c> and <c>match</c> run and report it.</remarks>
    public bool IsRuleTestFailure { get; init; }

    /// <summary>Formats as <c>file:line:column: what is wrong — how to fix it</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {(IsWarning ? "warning: " : string.Empty)}{Message} — {Fix}");
}
