using Monitor.Cli;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.State;

namespace Monitor.Tests.Cli;

public sealed class FeedHealthTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rows_MixedFeeds_StatusFailuresAndLastError()
    {
        FeedDefinition[] feeds =
        [
            new("nos", "https://nos.example/rss", TimeSpan.FromMinutes(5)),
            new("kapot", "https://kapot.example/rss", TimeSpan.FromMinutes(5)),
            new("nieuw", "https://nieuw.example/rss", TimeSpan.FromMinutes(5)),
        ];
        var states = new Dictionary<string, FeedState>
        {
            ["nos"] = new("nos") { LastSuccessAt = Now.AddMinutes(-2), NextPollAt = Now.AddMinutes(3) },
            ["kapot"] = new("kapot") { ConsecutiveFailures = 4, LastErrorKind = "NotFound", LastError = "fetcher: HTTP 404", LastSuccessAt = Now.AddDays(-1), NextPollAt = Now.AddMinutes(80) },
        };

        var rows = FeedHealthTable.Rows(feeds, states, Now);
        var output = new StringWriter();
        FeedHealthTable.Write(rows, output);

        Assert.Equal(["ok", "failing", "new"], rows.Select(r => r.Status));
        Assert.Equal("NotFound: fetcher: HTTP 404", rows[1].LastError);
        Assert.Equal(Now.AddMinutes(80).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), rows[1].NextPoll);
        Assert.Equal("never", rows[2].LastSuccess);
        var text = output.ToString();
        Assert.Contains("FAILS", text, StringComparison.Ordinal);
        Assert.Contains("3 feeds, 1 failing", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_Command_PrintsTableAndExitsTwoWhenAFeedFails()
    {
        var dir = Directory.CreateTempSubdirectory("monitor-feeds-");
        try
        {
            var config = Path.Combine(dir.FullName, "monitor.yaml");
            await File.WriteAllTextAsync(config, "feeds:\n  - id: weg\n    url: ontbreekt.xml\nstorage:\n  path: state.db\n");
            var output = new StringWriter();
            var context = new CliContext(output, new StringWriter(), _ => null, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));

            Assert.Equal(0, await MonitorCli.RunAsync(["run", "--once", "--config", config], context));
            var exit = await MonitorCli.RunAsync(["feeds", "--config", config], context);

            Assert.Equal(2, exit);
            Assert.Contains("weg", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("FileError", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
