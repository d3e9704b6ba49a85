using System.Text.RegularExpressions;
using Monitor.Configuration;
using Monitor.TestKit;

namespace Monitor.Tests.Deployment;

/// <summary>No Docker engine runs in CI, so the container files are checked by reading them: what the build context holds, and what the image does.</summary>
public sealed partial class ContainerFilesTests
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));
    private static readonly IReadOnlyList<(bool Negated, Regex Pattern)> Ignore = ParseDockerignore(File.ReadAllText(Path.Combine(RepoPaths.Root, ".dockerignore")));

    [Theory]
    [InlineData("build output", "src/Monitor/bin/Debug/net10.0/monitor.dll")]
    [InlineData("intermediate output", "src/Monitor/obj/project.assets.json")]
    [InlineData("root obj", "obj/x")]
    [InlineData("git history", ".git/HEAD")]
    [InlineData("sqlite database", "config/data/monitor.db")]
    [InlineData("sqlite database anywhere", "src/Monitor/monitor.db")]
    [InlineData("sqlite write-ahead log", "deploy/config/state.db-wal")]
    [InlineData("a data directory", "deploy/data/monitor.db")]
    [InlineData("secrets env file", "monitor.env")]
    [InlineData("test results", "tests/Monitor.Tests/TestResults/x.trx")]
    public void Dockerignore_LocalStateAndOutput_NotInTheBuildContext(string scenario, string path)
    {
        Assert.True(IsIgnored(path), $"{scenario}: {path} would be sent to the Docker build");
    }

    [Theory]
    [InlineData("src/Monitor/Monitor.csproj")]
    [InlineData("src/Monitor/packages.lock.json")]
    [InlineData("src/Monitor.Configuration/ConfigLoader.cs")]
    [InlineData("config/monitor.schema.json")]
    [InlineData("Directory.Packages.props")]
    public void Dockerignore_SourcesTheBuildNeeds_AreInTheContext(string path)
    {
        Assert.False(IsIgnored(path), $"{path} is needed by the Dockerfile but ignored");
    }

    [Fact]
    public void Dockerfile_CopySources_AreOnlyNamedFilesAndSourceFolders()
    {
        var sources = CopyInstruction().Matches(Dockerfile)
            .Where(m => !m.Value.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.DoesNotContain(".", sources);
        Assert.All(sources, s => Assert.False(IsIgnored(s.TrimEnd('/')), $"COPY {s} names an ignored path"));
        Assert.DoesNotContain(sources, s => s.StartsWith("config/", StringComparison.Ordinal) && s != "config/monitor.schema.json");
    }

    [Fact]
    public void Dockerfile_RestoreLayer_ComesBeforeTheSourcesAndIsLocked()
    {
        var restore = Dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal);
        var sources = Dockerfile.IndexOf("COPY src/ src/", StringComparison.Ordinal);

        Assert.InRange(restore, 0, sources);
        Assert.Contains("--locked-mode", Dockerfile[restore..sources], StringComparison.Ordinal);
        foreach (var project in Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, project).Replace('\\', '/');
            Assert.Contains(relative, Dockerfile[..restore], StringComparison.Ordinal);
            Assert.Contains(Path.GetDirectoryName(relative)!.Replace('\\', '/') + "/packages.lock.json", Dockerfile[..restore], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dockerfile_RuntimeStage_AspNetImageNonRootDataVolumeHealthcheckAndGracefulStop()
    {
        var runtime = Dockerfile[Dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", runtime, StringComparison.Ordinal);
        Assert.Matches("(?m)^USER (?!root)\\w+", runtime);
        Assert.Contains("VOLUME [\"/data\"]", runtime, StringComparison.Ordinal);
        Assert.Matches("(?s)HEALTHCHECK.*/healthz", runtime);
        Assert.Contains("STOPSIGNAL SIGTERM", runtime, StringComparison.Ordinal);
        Assert.Contains("-c\", \"Release\"", Dockerfile.Replace(" -c Release", "-c\", \"Release\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("/config/monitor.yaml", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeConfig_IsValidWithTheEnvFileSecrets()
    {
        var env = new Dictionary<string, string>
        {
            ["MONITOR_PG"] = "Host=postgres;Database=monitor;Username=monitor;Password=x",
            ["MONITOR_SERVER_TOKEN"] = "token",
        };

        var result = ConfigLoader.Load(Path.Combine(RepoPaths.Root, "deploy", "config", "monitor.yaml"), env.GetValueOrDefault);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(StorageProvider.Postgres, result.Config!.Storage.Provider);
        Assert.False(result.Config.Server.Listen!.IsLoopback);
    }

    [Fact]
    public void Compose_PostgresHealthyTwoInstancesEnvFileAndLocalhostOnly()
    {
        var compose = File.ReadAllText(Path.Combine(RepoPaths.Root, "compose.yaml"));

        Assert.Contains("image: postgres:17", compose, StringComparison.Ordinal);
        Assert.Contains("pg_isready", compose, StringComparison.Ordinal);
        Assert.Contains("monitor-1:", compose, StringComparison.Ordinal);
        Assert.Contains("monitor-2:", compose, StringComparison.Ordinal);
        Assert.Contains("env_file: monitor.env", compose, StringComparison.Ordinal);
        Assert.Matches("\"127\\.0\\.0\\.1:9464:9464\"", compose);
        Assert.DoesNotMatch("(?m)^\\s*- \"?9464:9464", compose);
    }

    private static bool IsIgnored(string path)
    {
        // Docker: the last matching line wins; a line matching a parent folder excludes everything in it.
        var ignored = false;
        var parts = path.Split('/');
        var prefixes = Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts.Take(n))).ToList();
        foreach (var (negated, pattern) in Ignore)
        {
            if (prefixes.Exists(pattern.IsMatch))
            {
                ignored = !negated;
            }
        }

        return ignored;
    }

    private static List<(bool, Regex)> ParseDockerignore(string text) =>
        text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l =>
            {
                var negated = l.StartsWith('!');
                var pattern = (negated ? l[1..] : l).Trim('/');
                var regex = "^" + Regex.Escape(pattern).Replace("\\*\\*/", "(.*/)?", StringComparison.Ordinal).Replace("\\*\\*", ".*", StringComparison.Ordinal)
                    .Replace("\\*", "[^/]*", StringComparison.Ordinal).Replace("\\?", "[^/]", StringComparison.Ordinal) + "$";
                return (negated, new Regex(regex, RegexOptions.CultureInvariant));
            })
            .ToList();

    [GeneratedRegex("(?m)^COPY (?<args>.+)$")]
    private static partial Regex CopyInstruction();
}
