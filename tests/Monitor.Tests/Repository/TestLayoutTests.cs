using Monitor.TestKit;

namespace Monitor.Tests.Repository;

/// <summary>
/// Tests mirror <c>src/</c>: the tests of <c>src/Monitor.X/Folder/Type.cs</c> are in <c>tests/Monitor.X.Tests/Folder/TypeTests.cs</c>
/// (a partial <c>Type.Part.cs</c> has <c>TypePartTests.cs</c>), so a reader finds a file's tests by its path.
/// </summary>
public sealed class TestLayoutTests
{
    /// <summary>Test files that test no single source file, each with the reason. Keep this list short.</summary>
    private static readonly Dictionary<string, string> CrossCutting = new(StringComparer.Ordinal)
    {
        ["tests/Monitor.Tests/EndToEnd/FeedToDiscordTests.cs"] = "end to end: a feed server, the monitor and a Discord-compatible server",
        ["tests/Monitor.Tests/Repository/TestLayoutTests.cs"] = "checks the repository's layout, not a source file",
        ["tests/Monitor.Discord.Tests/Delivery/OutboxToDiscordTests.cs"] = "the outbox dispatcher through the real Discord sink and REST client against the test server",
        ["tests/Monitor.Infrastructure.Tests/Http/HostileFeedTests.cs"] = "one poll round (fetcher, decoder, parser, poll cycle) over a server full of hostile feeds",
        ["tests/Monitor.Infrastructure.Tests/Storage/FeedPollCycleLedgerTests.cs"] = "the poll cycle over a real SQLite ledger",
        ["tests/Monitor.Infrastructure.Tests/Storage/StoreContractTests{TStore}.cs"] = "the contract every store runs (each store's own test class inherits it)",
        ["tests/Monitor.Pipeline.Tests/Matching/Engine/RuleEngineDifferentialTests.cs"] = "the compiled engine against a naive reference matcher on generated rules and texts",
        ["tests/Monitor.Pipeline.Tests/Matching/DutchMatchingTests.cs"] = "the whole matcher's Dutch behaviour as users state it, across syntax, lexicon and engine",
        ["tests/Monitor.Tests/Deployment/ContainerFilesTests.cs"] = "reads the Dockerfile, .dockerignore and compose.yaml, which are not C# sources",
        ["tests/Monitor.Pipeline.Tests/Stories/StoryDeciderQualityTests.cs"] = "the story decision's precision and recall on the labelled set of story pairs",
        ["tests/Monitor.Pipeline.Tests/Matching/ExplainGoldenTests.cs"] = "a golden file of what 'rules explain' shows for 100 news terms, across lexicon and engine",
        ["tests/Monitor.Pipeline.Tests/Matching/InflectionTableTests.cs"] = "the table of lemma → forms written from Dutch and English grammar, through both inflection rule sets",
        ["tests/Monitor.Pipeline.Tests/Matching/MatchingTrapTests.cs"] = "the linguistic traps of issue 15 through the whole matcher",
        ["tests/Monitor.Discord.Tests/TestServer/DiscordTestServerInteractionTests.cs"] = "the test kit's Discord double: its interaction, command and DM routes (a test-kit type, tested where the other test-server tests are)",
        ["tests/Monitor.Configuration.Tests/Rules/QualitySetTests.cs"] = "the labelled quality set through config parsing and the compiled engine",
    };

    [Fact]
    public void TestFiles_EachHasItsSourceFileAtTheMirroredPath()
    {
        var testKitTypes = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "Monitor.TestKit"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .Select(p => Stem(Path.GetFileName(p)))
            .ToHashSet(StringComparer.Ordinal);

        var misplaced = TestFiles()
            .Where(t => !CrossCutting.ContainsKey(t))
            .Where(t => !HasSubject(t, testKitTypes))
            .ToList();

        Assert.True(misplaced.Count == 0, "Test files without a source file at the mirrored path (move the file, rename it after the type it tests, or add it to CrossCutting with a reason):\n" + string.Join('\n', misplaced));
    }

    [Fact]
    public void CrossCutting_EveryEntryStillExists()
    {
        var stale = CrossCutting.Keys.Where(p => !File.Exists(Path.Combine(RepoPaths.Root, p))).ToList();

        Assert.True(stale.Count == 0, "CrossCutting lists files that are gone; remove them:\n" + string.Join('\n', stale));
    }

    [Theory]
    [InlineData("tests/Monitor.Pipeline.Tests/Dedup/DedupDeciderTests.cs", "src/Monitor.Pipeline/Dedup", "DedupDecider")]
    [InlineData("tests/Monitor.Tests/Cli/RunCommandTests.cs", "src/Monitor/Cli", "RunCommand")]
    [InlineData("tests/Monitor.Pipeline.Tests/Polling/FeedPollCycleHealthTests.cs", "src/Monitor.Pipeline/Polling", "FeedPollCycleHealth")]
    public void MirroredSource_TestPath_GivesSourceFolderAndSubject(string test, string folder, string subject)
    {
        Assert.Equal((folder, subject), MirroredSource(test));
    }

    private static IEnumerable<string> TestFiles()
    {
        var tests = Path.Combine(RepoPaths.Root, "tests");
        return Directory.EnumerateDirectories(tests, "*.Tests")
            .SelectMany(project => Directory.EnumerateFiles(project, "*Tests.cs", SearchOption.AllDirectories))
            .Where(p => !IsBuildOutput(p))
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static bool HasSubject(string test, HashSet<string> testKitTypes)
    {
        var (folder, subject) = MirroredSource(test);
        var directory = Path.Combine(RepoPaths.Root, folder);
        var sources = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.cs").Select(p => Stem(Path.GetFileName(p)))
            : [];

        // A test of a test-kit type (a fake or a test server) sits with the tests that use it.
        return sources.Contains(subject, StringComparer.Ordinal) || testKitTypes.Contains(subject);
    }

    /// <summary>tests/Monitor.X.Tests/Folder/TypeTests.cs → (src/Monitor.X/Folder, Type).</summary>
    private static (string Folder, string Subject) MirroredSource(string test)
    {
        var parts = test.Split('/');
        var project = parts[1][..^".Tests".Length];
        var folder = string.Join('/', ["src", project, .. parts[2..^1]]);
        var subject = parts[^1][..^"Tests.cs".Length];
        return (folder, subject);
    }

    /// <summary>The file name without ".cs" and without the dots of a partial: RuleEngine.Explain.cs → RuleEngineExplain.</summary>
    private static string Stem(string fileName) => Path.GetFileNameWithoutExtension(fileName).Replace(".", string.Empty, StringComparison.Ordinal);

    private static bool IsBuildOutput(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return path.Contains($"{separator}obj{separator}", StringComparison.Ordinal) || path.Contains($"{separator}bin{separator}", StringComparison.Ordinal);
    }
}
