using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Monitor.Cli;

/// <summary><c>monitor --version</c>: prints Monitor's version (the package version, from this assembly, not the host process's).</summary>
internal sealed class VersionAction(CliContext context) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        context.Out.WriteLine(Version);
        return 0;
    }
}
