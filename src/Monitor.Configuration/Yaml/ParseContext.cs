using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Yaml;

/// <summary>Reads YAML nodes into typed values and collects every problem with its position, instead of stopping at the first.</summary>
public sealed class ParseContext
{
    private readonly List<ConfigDiagnostic> diagnostics = [];
    private readonly Func<string, string?> environment;

    /// <summary>Initializes a new instance of the <see cref="ParseContext"/> class.</summary>
    /// <param name="file">The config file path as shown in diagnostics.</param>
    /// <param name="baseDirectory">Directory that relative paths resolve against.</param>
    /// <param name="environment">Looks up environment variables for <c>${NAME}</c>.</param>
    public ParseContext(string file, string baseDirectory, Func<string, string?> environment)
    {
        File = file;
        BaseDirectory = baseDirectory;
        this.environment = environment;
    }

    /// <summary>Gets the file path shown in diagnostics.</summary>
    public string File { get; }

    /// <summary>Gets the directory relative paths resolve against.</summary>
    public string BaseDirectory { get; }

    /// <summary>Gets every diagnostic so far.</summary>
    public IReadOnlyList<ConfigDiagnostic> Diagnostics => diagnostics;

    /// <summary>Gets a value indicating whether any error (not warning) was reported.</summary>
    public bool HasErrors => diagnostics.Exists(d => !d.IsWarning);

    /// <summary>Reports an error at <paramref name="node"/>.</summary>
    public void Error(YamlNode node, string message, string fix) => Error(node.Start, message, fix);

    /// <summary>Reports an error at <paramref name="mark"/>.</summary>
    public void Error(Mark mark, string message, string fix) =>
        diagnostics.Add(new ConfigDiagnostic(File, (int)mark.Line, (int)mark.Column, message, fix));

    /// <summary>Reports a failing rule test at <paramref name="mark"/>: an error that commands debugging the rules may look past.</summary>
    public void RuleTestFailure(Mark mark, string message, string fix) =>
        diagnostics.Add(new ConfigDiagnostic(File, (int)mark.Line, (int)mark.Column, message, fix) { IsRuleTestFailure = true });

    /// <summary>Reports a warning at <paramref name="node"/>.</summary>
    public void Warning(YamlNode node, string message, string fix) =>
        diagnostics.Add(new ConfigDiagnostic(File, (int)node.Start.Line, (int)node.Start.Column, message, fix) { IsWarning = true });

    /// <summary>Returns the node as a mapping, or reports an error.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"{what} must be a mapping (key: value lines)", $"write {what} as indented 'key: value' lines");
        return null;
    }

    /// <summary>Returns the node as a sequence, or reports an error.</summary>
    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        Error(node, $"{what} must be a list", $"write {what} as '- item' lines or [a, b]");
        return null;
    }

    /// <summary>Returns the scalar's value after <c>${ENV}</c> substitution, or reports an error.</summary>
    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            return EnvSubstitution.Apply(scalar.Value ?? string.Empty, environment);
        }

        Error(node, $"{what} must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}", $"give {what} one value");
        return null;
    }

    /// <summary>Returns the raw scalar text without substitution (to tell a literal from a <c>${ENV}</c> reference).</summary>
    public static string? Raw(YamlNode node) => (node as YamlScalarNode)?.Value;

    /// <summary>Returns a non-empty string or reports an error.</summary>
    public string? RequiredString(YamlNode node, string what)
    {
        var value = Scalar(node, what);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"{what} is empty", $"give {what} a value");
            return null;
        }

        return value;
    }

    /// <summary>Returns a list of strings; a single scalar is read as a one-element list.</summary>
    public IReadOnlyList<string> StringList(YamlNode node, string what)
    {
        if (node is YamlScalarNode)
        {
            var single = Scalar(node, what);
            return single is null ? [] : [single];
        }

        var seq = Sequence(node, what);
        if (seq is null)
        {
            return [];
        }

        var list = new List<string>();
        foreach (var child in seq.Children)
        {
            var value = Scalar(child, $"each entry of {what}");
            if (value is not null)
            {
                list.Add(value);
            }
        }

        return list;
    }

    /// <summary>Parses a duration such as <c>90s</c>, <c>5m</c>, <c>1h30m</c>, <c>2d</c>, or reports an error.</summary>
    public TimeSpan? Duration(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (Durations.TryParse(text, out var value))
        {
            return value;
        }

        Error(node, $"{what} '{text}' is not a duration", "write a number with a unit: 30s, 5m, 1h, 1h30m or 2d");
        return null;
    }

    /// <summary>Parses a boolean, or reports an error.</summary>
    public bool? Bool(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(node, $"{what} '{text}' is not true or false", $"write {what}: true or {what}: false");
                return null;
        }
    }

    /// <summary>Parses an integer in a range, or reports an error.</summary>
    public int? Int(YamlNode node, string what, int min, int max)
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(node, $"{what} '{text}' is not a whole number from {min} to {max}", $"write a whole number from {min} to {max}");
        return null;
    }

    /// <summary>Walks a mapping's entries, reporting keys outside <paramref name="allowed"/> (with a suggestion) and non-scalar keys.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map, string where, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(map);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Error(keyNode, $"a key in {where} is not a plain name", "use a plain word as the key");
                continue;
            }

            if (!seen.Add(key))
            {
                Error(keyNode, $"'{key}' appears twice in {where}", $"keep one '{key}'");
                continue;
            }

            if (!allowed.Contains(key))
            {
                var suggestion = Suggestions.Closest(key, allowed);
                Error(
                    keyNode,
                    $"unknown key '{key}' in {where}",
                    suggestion is null ? $"remove it; known keys are: {string.Join(", ", allowed)}" : $"did you mean '{suggestion}'?");
                continue;
            }

            yield return (key, keyNode, value);
        }
    }

    /// <summary>Resolves a path relative to the config file's directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));
}
