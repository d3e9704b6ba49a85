namespace Monitor.Configuration;

/// <summary>How Monitor writes its log (config section <c>logging:</c>).</summary>
/// <param name="Format">Readable lines for people, or one JSON object per line for log collectors.</param>
public sealed record LoggingSettings(LogFormat Format)
{
    /// <summary>Gets the settings used when the config has no <c>logging:</c> section.</summary>
    public static LoggingSettings Default { get; } = new(LogFormat.Text);
}
