namespace Monitor.Configuration;

/// <summary>The shape of log output.</summary>
public enum LogFormat
{
    /// <summary>One readable line per entry (the default).</summary>
    Text,

    /// <summary>One JSON object per line: timestamp, level, category, message template, properties, exception.</summary>
    Json,
}
