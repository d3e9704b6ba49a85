namespace Monitor.TestKit;

/// <summary>Locates the repository from a test's output folder.</summary>
public static class RepoPaths
{
    /// <summary>Gets the repository root (the folder holding Monitor.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the bundled config folder.</summary>
    public static string ConfigDirectory => Path.Combine(Root, "config");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monitor.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Monitor.sln not found above " + AppContext.BaseDirectory);
    }
}
