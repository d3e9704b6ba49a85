namespace Monitor.Domain;

/// <summary>The project's public identity, written once: every User-Agent (feeds and Discord) names this URL and version.</summary>
public static class MonitorProject
{
    /// <summary>The project's home page.</summary>
    public const string Url = "https://github.com/monitor-alerts/monitor";

    /// <summary>The version named in User-Agent headers.</summary>
    public const string Version = "1.0.0";
}
