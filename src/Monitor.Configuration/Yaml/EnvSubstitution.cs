using System.Text.RegularExpressions;

namespace Monitor.Configuration.Yaml;

/// <summary>Replaces <c>${NAME}</c> and <c>${NAME:-default}</c> with environment values. An unset variable becomes empty (or the default).</summary>
public static partial class EnvSubstitution
{
    /// <summary>Substitutes every reference in <paramref name="text"/>.</summary>
    public static string Apply(string text, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return text;
        }

        return Reference().Replace(text, m =>
        {
            var value = environment(m.Groups["name"].Value);
            return string.IsNullOrEmpty(value) && m.Groups["default"].Success ? m.Groups["default"].Value : value ?? string.Empty;
        });
    }

    /// <summary>Returns the variable names <paramref name="text"/> refers to.</summary>
    public static IReadOnlyList<string> References(string? text) =>
        text is null ? [] : Reference().Matches(text).Select(m => m.Groups["name"].Value).ToList();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?<default>[^}]*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
