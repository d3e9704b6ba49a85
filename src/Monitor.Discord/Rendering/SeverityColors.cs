using Monitor.Domain;

namespace Monitor.Discord.Rendering;

/// <summary>The embed colour per severity: the side bar an analyst reads before any word.</summary>
public static class SeverityColors
{
    /// <summary>Returns the 0xRRGGBB colour of <paramref name="severity"/>.</summary>
    public static int For(Severity severity) => severity switch
    {
        Severity.Critical => 0xC0392B, // dark red
        Severity.High => 0xE67E22, // orange
        Severity.Medium => 0xF1C40F, // yellow
        Severity.Low => 0x3498DB, // blue
        _ => 0x95A5A6, // grey
    };
}
