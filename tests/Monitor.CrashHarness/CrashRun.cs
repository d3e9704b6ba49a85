using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Monitor.Infrastructure.Storage;
using Monitor.Pipeline.Delivery;

namespace Monitor.CrashHarness;

/// <summary>The orchestrator: starts the servers, runs and SIGKILLs the worker repeatedly, finishes with 'run --once', then checks the result.</summary>
internal static class CrashRun
{
    public static async Task<int> RunAsync(HarnessOptions options)
    {
        var directory = Path.Combine(Path.GetTempPath(), "monitor-crash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        await using var servers = new LocalServers(options.Items, options.LatencyMs);
        await servers.StartAsync();
        var postgres = options.Postgres is null ? null : await CreateSchemaAsync(options.Postgres, "crash_" + Path.GetFileName(directory)[14..]);
        var config = WriteConfig(directory, servers, postgres is not null);
        var random = new Random(options.Seed);
        var watch = Stopwatch.StartNew();
        var expected = servers.Expected;

        int kills = 0, killsWhileDelivering = 0;
        while (kills < options.Kills)
        {
            var requestsAtStart = servers.Requests.Count;
            using var worker = Start(directory, config, "worker", servers, postgres);
            if (random.NextDouble() < 0.25)
            {
                // Some kills land in start-up, polling and the ledger commit.
                await Task.Delay(random.Next(100, 1500));
            }
            else
            {
                // Most land while alerts are being sent: wait for this worker's first request, then a random moment.
                await WaitForRequestAsync(servers, requestsAtStart, expected.Count);
                await Task.Delay(random.Next(0, 800));
            }

            var before = Distinct(servers);
            worker.Kill();
            await worker.WaitForExitAsync();
            kills++;
            if (servers.Requests.Count > requestsAtStart)
            {
                killsWhileDelivering++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kill {kills,2}: {before,3}/{expected.Count} delivered, {servers.Requests.Count} requests"));
        }

        for (var pass = 0; pass < 3 && Distinct(servers) < expected.Count; pass++)
        {
            using var final = Start(directory, config, "once", servers, postgres);
            await final.WaitForExitAsync();
        }

        var result = await CheckAsync(directory, servers, expected, kills, killsWhileDelivering, watch.Elapsed, postgres);
        var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(json);
        if (options.Report is not null)
        {
            await File.WriteAllTextAsync(options.Report, json);
        }

        var ok = result.Lost == 0 && result.Integrity == "ok" && result.OrderViolations == 0 && result.Kills >= options.Kills
            && result.Duplicated <= result.KillsWhileDelivering && result.Unexpected == 0;
        Console.WriteLine(ok ? "CRASH HARNESS: PASS" : "CRASH HARNESS: FAIL (logs in " + directory + ")");
        if (ok)
        {
            Directory.Delete(directory, recursive: true);
        }

        return ok ? 0 : 1;
    }

    private static async Task WaitForRequestAsync(LocalServers servers, int requestsAtStart, int expected)
    {
        var limit = Stopwatch.StartNew();
        while (servers.Requests.Count == requestsAtStart && Distinct(servers) < expected && limit.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }
    }

    private static int Distinct(LocalServers servers) => servers.Requests.Select(r => r.AlertId).Distinct(StringComparer.Ordinal).Count();

    private static async Task<CrashResult> CheckAsync(string directory, LocalServers servers, IReadOnlyDictionary<string, string> expected, int kills, int killsWhileDelivering, TimeSpan elapsed, string? postgres)
    {
        var requests = servers.Requests.ToList();
        var delivered = requests.Select(r => (r.ItemKey, r.Channel)).Distinct().ToList();
        var lost = expected.Count(e => !delivered.Contains((e.Key, e.Value)));
        var unexpected = delivered.Count(d => !expected.TryGetValue(d.ItemKey, out var channel) || channel != d.Channel);

        await using IMonitorStore store = postgres is null
            ? await SqliteStore.OpenAsync(Path.Combine(directory, "monitor.db"), CancellationToken.None)
            : await PostgresStore.OpenAsync(postgres, CancellationToken.None);
        var integrity = await store.CheckIntegrityAsync(CancellationToken.None);
        var sent = await store.ListAsync(OutboxStatus.Sent, 100_000, CancellationToken.None);
        var pending = await store.ListAsync(OutboxStatus.Pending, 100_000, CancellationToken.None);
        var dead = await store.ListAsync(OutboxStatus.Dead, 100_000, CancellationToken.None);

        // Order: per channel, the first arrival of each alert must follow the outbox's creation order.
        var orderViolations = 0;
        foreach (var channel in expected.Values.Distinct(StringComparer.Ordinal))
        {
            var created = sent.Where(e => e.Alert.ChannelId == channel).OrderBy(e => e.Sequence).Select(e => e.Alert.Id).ToList();
            var arrived = requests.Where(r => r.Channel == channel).Select(r => r.AlertId).Distinct(StringComparer.Ordinal).ToList();
            orderViolations += created.Zip(arrived).Count(p => p.First != p.Second);
        }

        return new CrashResult(
            store.Provider,
            kills,
            killsWhileDelivering,
            expected.Count,
            delivered.Count,
            lost,
            requests.Count - delivered.Count,
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

    private static Process Start(string directory, string config, string mode, LocalServers servers, string? postgres)
    {
        // exec: the shell becomes the worker, so Kill() sends SIGKILL to Monitor itself; output goes to a log file.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var a in new[] { "-c", "exec \"$0\" \"$@\" >> \"$HARNESS_LOG\" 2>&1", Environment.ProcessPath!, typeof(CrashRun).Assembly.Location, mode, config })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HARNESS_LOG"] = Path.Combine(directory, "worker.log");
        start.Environment["HARNESS_WEBHOOK_CRISIS"] = servers.BaseUrl + "/api/webhooks/crisis/token-crisis";
        start.Environment["HARNESS_WEBHOOK_REGIO"] = servers.BaseUrl + "/api/webhooks/regio/token-regio";
        start.Environment["HARNESS_PG"] = postgres ?? string.Empty;
        return Process.Start(start) ?? throw new InvalidOperationException("cannot start the worker");
    }

    private static string WriteConfig(string directory, LocalServers servers, bool postgres)
    {
        var feeds = string.Concat(Enumerable.Range(0, servers.FeedCount).Select(n => string.Create(
            CultureInfo.InvariantCulture,
            $"  - id: feed-{n}\n    url: {servers.BaseUrl}/feeds/{n}.xml\n    interval: 30s\n")));
        var yaml = $"""
            version: 1
            # Every item is new to this database: alert all of them on the first poll.
            backfill: all
            feeds:
            {feeds}
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
