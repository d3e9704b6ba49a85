using System.Diagnostics.CodeAnalysis;

namespace Monitor.Domain;

/// <summary>The lower-case names used for <see cref="Severity"/> in config files, CLI output and JSON.</summary>
public static class SeverityNames
{
    /// <summary>Gets every accepted name, from least to most severe.</summary>
    public static IReadOnlyList<string> All { get; } = ["info", "low", "medium", "high", "critical"];

    /// <summary>Returns the config name of <paramref name="severity"/>, for example <c>critical</c>.</summary>
    public static string ToName(this Severity severity) => All[(int)severity];

    /// <summary>Parses a config name (case-insensitive).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Severity? severity)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                severity = (Severity)i;
                return true;
            }
        }

        severity = null;
        return false;
    }
}
