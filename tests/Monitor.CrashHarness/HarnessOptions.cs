using System.Globalization;

namespace Monitor.CrashHarness;

/// <summary>Command-line options of the orchestrator.</summary>
internal sealed record HarnessOptions(int Kills, int Items, int Seed, string? Report)
{
    /// <summary>Gets a PostgreSQL connection string: when set, the worker stores its state there (a fresh schema) instead of SQLite.</summary>
    public string? Postgres { get; init; }

    /// <summary>Gets the monitor.dll to run; default: src/Monitor/bin/&lt;same configuration&gt;/net10.0/monitor.dll of this checkout.</summary>
    public string Monitor { get; init; } = AppContext.BaseDirectory.Replace(
        Path.Combine("tests", "Monitor.CrashHarness"), Path.Combine("src", "Monitor"), StringComparison.Ordinal) + "monitor.dll";

    public static HarnessOptions Parse(string[] args)
    {
        var options = new HarnessOptions(Kills: 20, Items: 500, Seed: 5, Report: null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--kills" => options with { Kills = int.Parse(value, CultureInfo.InvariantCulture) },
                "--items" => options with { Items = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--report" => options with { Report = value },
                "--pg" => options with { Postgres = value },
                "--monitor" => options with { Monitor = value },
                _ => throw new ArgumentException("unknown option " + args[i]),
            };
        }

        return options;
    }
}
