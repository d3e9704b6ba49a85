namespace Monitor.Configuration;

/// <summary>The JSON Schema (draft 2020-12) of <c>monitor.yaml</c>, embedded from <c>config/monitor.schema.json</c>.</summary>
public static class ConfigSchema
{
    private static readonly Lazy<string> Cached = new(Read);

    /// <summary>Gets the schema's file name, as the bundled config's <c>yaml-language-server</c> comment names it.</summary>
    public static string FileName => "monitor.schema.json";

    /// <summary>Gets the schema text.</summary>
    public static string Text => Cached.Value;

    private static string Read()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"the embedded resource {FileName} is missing from {typeof(ConfigSchema).Assembly.GetName().Name}; rebuild the project");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
