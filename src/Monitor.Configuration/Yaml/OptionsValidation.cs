using System.ComponentModel.DataAnnotations;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Yaml;

/// <summary>The one validation of options sections: each options type declares its limits once as DataAnnotations; the config loader checks
/// them here, at load (so <c>monitor check</c>, <c>monitor run</c> and a reload all refuse the same values), and reports each failure at its key.</summary>
public static class OptionsValidation
{
    /// <summary>Validates <paramref name="options"/>; reports each failure at the node of the key that set it, else at <paramref name="section"/>'s node.</summary>
    /// <param name="options">The options read from the section.</param>
    /// <param name="sectionName">The section name, e.g. <c>http</c>.</param>
    /// <param name="section">The section's node.</param>
    /// <param name="keyOf">Maps a property name to its config key.</param>
    /// <param name="nodes">The value node of each key that was set.</param>
    /// <param name="context">Where diagnostics go.</param>
    public static void Validate(object options, string sectionName, YamlNode section, Func<string, string> keyOf, IReadOnlyDictionary<string, YamlNode> nodes, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(context);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return;
        }

        foreach (var result in results)
        {
            var key = keyOf(result.MemberNames.FirstOrDefault() ?? string.Empty);
            context.Error(
                nodes.GetValueOrDefault(key) ?? section,
                $"{sectionName}.{key} {result.ErrorMessage}",
                $"set {sectionName}.{key} within that range, or leave it out for the default (see 'monitor check --defaults')");
        }
    }

    /// <summary>Returns the config key of a property: <c>PerHostConcurrency</c> → <c>per_host_concurrency</c>.</summary>
    public static string SnakeCase(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        var text = new System.Text.StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
