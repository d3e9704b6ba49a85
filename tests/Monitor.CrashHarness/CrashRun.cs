using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Delivery;
using Monitor.TestKit.Discord;

namespace Monitor.CrashHarness;

/// <summary>
/// The orchestrator: starts the feed server and the Discord-compatible test server, runs the real <c>monitor run</c> and SIGKILLs it
/// repeatedly, finishes with <c>monitor run --once</c>, then checks that every alert arrived once (bar in-flight repeats), in order.
/// </summary>
internal static class CrashRun
{
    public static async Task<int> RunAsync(HarnessOptions options)
    {
        if (!File.Exists(options.Monitor))
        {
            Console.Error.WriteLine($"monitor.dll not found at {options.Monitor}; build src/Monitor first or pass --monitor");
            return 2;
        }

        var directory = Path.Combine(Path.GetTempPath(), "monitor-crash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        await using var feeds = new FeedServer(options.Items);
        await feeds.StartAsync();

        // Discord's own limits (5 messages per 2 s per webhook): 500 alerts in ~52 messages take ~10 s of sending, spread over the kills.
        await using var discord = await DiscordTestServer.StartAsync();
        var webhooks = new Dictionary<string, string>
        {
            ["HARNESS_WEBHOOK_CRISIS"] = discord.CreateWebhook("crisis"),
            ["HARNESS_WEBHOOK_REGIO"] = discord.CreateWebhook("regio"),
        };
        var postgres = options.Postgres is null ? null : await CreateSchemaAsync(options.Postgres, "crash_" + Path.GetFileName(directory)[14..]);
        webhooks["HARNESS_PG"] = postgres ?? string.Empty;
        var config = WriteConfig(directory, feeds, postgres is not null);
        var random = new Random(options.Seed);
        var watch = Stopwatch.StartNew();
        var expected = feeds.Expected;

        int kills = 0, killsWhileDelivering = 0;
        while (kills < options.Kills)
        {
            var requestsAtStart = discord.Requests.Count;
            using var worker = Start(options.Monitor, directory, config, webhooks, "run");
            if (random.NextDouble() < 0.25)
            {
                // Some kills land in start-up, polling and the ledger commit.
                await Task.Delay(random.Next(100, 1500));
            }
            else
            {
                // Most land while alerts are being sent: wait for this worker's first request, then a random moment.
                await WaitForRequestAsync(discord, requestsAtStart, expected.Count);
                await Task.Delay(random.Next(0, 400));
            }

            var before = Delivered(discord).Count;
            worker.Kill();
            await worker.WaitForExitAsync();
            kills++;
            if (discord.Requests.Count > requestsAtStart)
            {
                killsWhileDelivering++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kill {kills,2}: {before,3}/{expected.Count} delivered, {discord.Messages.Count} messages, {discord.Requests.Count} requests"));
        }

        // Finish: one worker left alone until every alert arrived and nothing is pending (a 429 may park the queue for Discord's
        // retry_after, so 'run --once' is not enough), then a graceful SIGTERM.
        var final = Start(options.Monitor, directory, config, webhooks, "run");
        await WaitUntilDrainedAsync(discord, expected.Count, directory, postgres, TimeSpan.FromMinutes(3));
        using (var term = Process.Start("kill", ["-TERM", final.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        await final.WaitForExitAsync();
        final.Dispose();

        var result = await CheckAsync(directory, discord, expected, kills, killsWhileDelivering, watch.Elapsed, postgres);
        var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(json);
        if (options.Report is not null)
        {
            await File.WriteAllTextAsync(options.Report, json);
        }

        var ok = result.Lost == 0 && result.Integrity == "ok" && result.OrderViolations == 0 && result.Kills >= options.Kills
            && result.RepeatedMessages <= result.KillsWhileDelivering && result.Unexpected == 0;
        Console.WriteLine(ok ? "CRASH HARNESS: PASS" : "CRASH HARNESS: FAIL (worker log and database in " + directory + ")");
        if (ok)
        {
            Directory.Delete(directory, recursive: true);
        }

        return ok ? 0 : 1;
    }

    /// <summary>Every (channel, item number) delivered, once per embed, in arrival order.</summary>
    private static List<(string Channel, int Number, string MessageId)> Embeds(DiscordTestServer discord) =>
        [.. discord.Messages.SelectMany(m => m.EmbedTitles.Select(t => (m.ChannelId, FeedServer.NumberIn(t), m.Id)))];

    private static HashSet<(string, int)> Delivered(DiscordTestServer discord) => [.. Embeds(discord).Select(e => (e.Channel, e.Number))];

    private static async Task WaitForRequestAsync(DiscordTestServer discord, int requestsAtStart, int expected)
    {
        var limit = Stopwatch.StartNew();
        while (discord.Requests.Count == requestsAtStart && Delivered(discord).Count < expected && limit.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }
    }

    private static async Task WaitUntilDrainedAsync(DiscordTestServer discord, int expected, string directory, string? postgres, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        await using var store = await OpenAsync(directory, postgres);
        while (watch.Elapsed < limit)
        {
            if (Delivered(discord).Count >= expected && (await store.ListAsync(OutboxStatus.Pending, 1, CancellationToken.None)).Count == 0)
            {
                return;
            }

            await Task.Delay(250);
        }
    }

    private static async Task<IMonitorStore> OpenAsync(string directory, string? postgres) => postgres is null
        ? await SqliteStore.OpenAsync(Path.Combine(directory, "monitor.db"), CancellationToken.None)
        : await PostgresStore.OpenAsync(postgres, CancellationToken.None);

    private static async Task<CrashResult> CheckAsync(
        string directory, DiscordTestServer discord, IReadOnlyDictionary<int, string> expected, int kills, int killsWhileDelivering, TimeSpan elapsed, string? postgres)
    {
        var embeds = Embeds(discord);
        var delivered = embeds.Select(e => (e.Channel, e.Number)).ToHashSet();
        var lost = expected.Count(e => !delivered.Contains((e.Value, e.Key)));
        var unexpected = delivered.Count(d => !expected.TryGetValue(d.Number, out var channel) || channel != d.Channel);

        // A repeated message is one that carries an alert an earlier message already carried: a send in flight at a kill.
        var seenSoFar = new HashSet<(string, int)>();
        var repeated = 0;
        foreach (var message in embeds.GroupBy(e => e.MessageId))
        {
            repeated += message.Any(e => !seenSoFar.Add((e.Channel, e.Number))) ? 1 : 0;
        }

        await using var store = await OpenAsync(directory, postgres);
        var integrity = await store.CheckIntegrityAsync(CancellationToken.None);
        var sent = await store.ListAsync(OutboxStatus.Sent, 100_000, CancellationToken.None);
        var pending = await store.ListAsync(OutboxStatus.Pending, 100_000, CancellationToken.None);
        var dead = await store.ListAsync(OutboxStatus.Dead, 100_000, CancellationToken.None);

        // Order: per channel, the first arrival of each alert must follow the outbox's creation order.
        var orderViolations = 0;
        foreach (var channel in expected.Values.Distinct(StringComparer.Ordinal))
        {
            var created = sent.Where(e => e.Alert.ChannelId == channel).OrderBy(e => e.Sequence).Select(e => FeedServer.NumberIn(e.Alert.Item.Title)).ToList();
            var arrived = embeds.Where(e => e.Channel == channel).Select(e => e.Number).Distinct().ToList();
            orderViolations += created.Zip(arrived).Count(p => p.First != p.Second);
        }

        return new CrashResult(
            store.Provider,
            kills,
            killsWhileDelivering,
            expected.Count,
            delivered.Count,
            lost,
            embeds.Count - delivered.Count,
            repeated,
            discord.Messages.Count,
            unexpected,
            orderViolations,
            sent.Count,
            pending.Count,
            dead.Count,
            integrity,
            Math.Round(elapsed.TotalSeconds, 1));
    }

    private static async Task<string> CreateSchemaAsync(string connectionString, string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
    }

    private static Process Start(string monitor, string directory, string config, Dictionary<string, string> environment, params string[] command)
    {
        // exec: the shell becomes 'dotnet monitor.dll', so Kill() sends SIGKILL to Monitor itself; its output goes to a log file.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var a in new[] { "-c", "exec \"$0\" \"$@\" >> \"$HARNESS_LOG\" 2>&1", Environment.ProcessPath!, monitor }.Concat(command).Concat(["--config", config]))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HARNESS_LOG"] = Path.Combine(directory, "worker.log");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("cannot start " + monitor);
    }

    private static string WriteConfig(string directory, FeedServer feeds, bool postgres)
    {
        var feedList = string.Concat(Enumerable.Range(0, feeds.FeedCount).Select(n => string.Create(
            CultureInfo.InvariantCulture,
            $"  - id: feed-{n}\n    url: {feeds.BaseUrl}/feeds/{n}.xml\n    interval: 30s\n")));
        var yaml = $"""
            version: 1
            # Every item is new to this database: alert all of them on the first poll.
            backfill: all
            feeds:
            {feedList}
            channels:
              crisis:
                webhook: ${"{"}HARNESS_WEBHOOK_CRISIS{"}"}
              regio:
                webhook: ${"{"}HARNESS_WEBHOOK_REGIO{"}"}
            rules:
              - id: dijk
                category: water
                severity: high
                any: [dijkdoorbraak]
                channels: [crisis]
              - id: water
                category: water
                severity: medium
                any: [wateroverlast]
                channels: [regio]
            storage:
            {(postgres ? "  provider: postgres\n  connection: ${HARNESS_PG}" : "  path: monitor.db")}
            """;
        var path = Path.Combine(directory, "monitor.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
