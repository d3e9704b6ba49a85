using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Monitor.Infrastructure.Tests.Storage;

/// <summary>
/// The PostgreSQL server the storage suite runs against. With <c>MONITOR_TEST_PG</c> set (CI: tests/ci/setup-postgres.sh and env.sh) it
/// uses that server; otherwise it starts a throw-away instance with the Debian binaries (/usr/lib/postgresql/*/bin: initdb, pg_ctl) on a
/// free 127.0.0.1 port and removes it afterwards. Without either it fails loudly: these tests never skip.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? bindir;
    private string? directory;

    /// <summary>Gets the admin connection string (database with CREATE SCHEMA rights).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("MONITOR_TEST_PG");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            await EnsureAnswersAsync("MONITOR_TEST_PG is set but the server does not answer; run tests/ci/setup-postgres.sh and source tests/ci/env.sh");
            return;
        }

        bindir = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bindir is null)
        {
            throw new InvalidOperationException(
                "The PostgreSQL storage tests need a server: install the Debian package (apt-get install -y postgresql) so the tests can start a "
                + "throw-away one, or run tests/ci/setup-postgres.sh and 'source tests/ci/env.sh' (sets MONITOR_TEST_PG).");
        }

        await StartThrowAwayAsync(bindir);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (bindir is not null && directory is not null)
        {
            await RunAsync(Path.Combine(bindir, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "-m", "immediate", "stop"], redirect: true);
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema (one per test).</summary>
    public async Task<string> CreateSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Drops a schema created by <see cref="CreateSchemaAsync"/>.</summary>
    public async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private async Task StartThrowAwayAsync(string bin)
    {
        directory = Path.Combine(Path.GetTempPath(), "monitor-test-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            // initdb and postgres refuse to run as root; the Debian package created the postgres user.
            await RunAsync("chown", ["postgres:postgres", directory], redirect: true);
        }

        var port = FreePort();
        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "--auth=trust", "--username=postgres", "--encoding=UTF8", "--no-locale"], redirect: true);
        await RunAsync(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c fsync=off", "start"],
            redirect: false);
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        await EnsureAnswersAsync("the throw-away PostgreSQL started but does not answer; see " + Path.Combine(directory, "server.log"));
    }

    private async Task EnsureAnswersAsync(string hint)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw new InvalidOperationException(hint, ex);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool redirect)
    {
        var start = new ProcessStartInfo(IsRoot && !file.Equals("chown", StringComparison.Ordinal) ? "runuser" : file)
        {
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            UseShellExecute = false,
        };
        if (IsRoot && !file.Equals("chown", StringComparison.Ordinal))
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + file);
        var output = redirect ? process.StandardOutput.ReadToEndAsync() : Task.FromResult(string.Empty);
        var error = redirect ? process.StandardError.ReadToEndAsync() : Task.FromResult(string.Empty);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
