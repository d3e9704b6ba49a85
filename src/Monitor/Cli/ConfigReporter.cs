using Monitor.Configuration;

namespace Monitor.Cli;

/// <summary>Loads a config for a command and prints its diagnostics.</summary>
internal static class ConfigReporter
{
    /// <summary>Loads <paramref name="path"/>; prints every diagnostic to standard error. Returns the config or null when invalid.</summary>
    public static MonitorConfig? Load(string path, CliContext context)
    {
        var result = ConfigLoader.Load(path, context.Environment);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }

        if (!result.IsValid)
        {
            var count = result.Errors.Count();
            context.Error.WriteLine($"{path}: {count} error{(count == 1 ? string.Empty : "s")}; nothing was started. Fix them and run 'monitor check'.");
        }

        return result.Config;
    }
}
