using System.Diagnostics;
using System.Globalization;
using System.Text;
using CodeHollow.FeedReader;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.Normalizing;

namespace Monitor.Benchmarks.Ingestion;

/// <summary>Interleaved comparison of Monitor's decode → repair → parse → normalise path with FeedReader's <c>ReadFromString</c> on the same bytes.</summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project tests/Monitor.Benchmarks -- ingestion-path [--items 1000] [--rounds 31]</c>.
/// Each round measures both, one after the other, after a full GC, and the medians are compared. On a shared machine whose
/// load changes from second to second this is fairer than BenchmarkDotNet's one-method-after-the-other runs.
/// </remarks>
public static class PathRatioHarness
{
    public static int Run(string[] args)
    {
        var items = (int)Arg(args, "--items", 1000);
        var rounds = (int)Arg(args, "--rounds", 31);
        var bytes = SyntheticFeeds.Rss(items);
        var feed = new FeedDefinition("bench", "https://nieuws.example.org/rss", TimeSpan.FromMinutes(5));
        var baseUri = new Uri(feed.Source);
        var now = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
        int FeedReaderOnly() => FeedReader.ReadFromString(Encoding.UTF8.GetString(bytes)).Items.Count;
        int Monitor() => FeedIngestor.Ingest(feed, bytes, "application/rss+xml; charset=utf-8", baseUri, now).Items.Count;
        var parsedOnce = global::Monitor.Pipeline.Parsing.FeedParser.Parse(Encoding.UTF8.GetString(bytes), baseUri);
        int NormaliseOnly() => parsedOnce.Items.Count(i => ItemNormalizer.Normalize(feed.Id, i, baseUri, now, feed.IdFrom) is not null);
        int ParseOnly() => global::Monitor.Pipeline.Parsing.FeedParser.Parse(Encoding.UTF8.GetString(bytes), baseUri).Items.Count;

        for (var i = 0; i < 30; i++)
        {
            FeedReaderOnly();
            Monitor();
            ParseOnly();
            NormaliseOnly();
        }

        var reader = new List<double>();
        var monitor = new List<double>();
        var parse = new List<double>();
        var normalise = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            // Alternate the order every round so that neither side always runs first after the GC.
            if (i % 2 == 0)
            {
                reader.Add(Measure(FeedReaderOnly));
                monitor.Add(Measure(Monitor));
                parse.Add(Measure(ParseOnly));
                normalise.Add(Measure(NormaliseOnly));
            }
            else
            {
                normalise.Add(Measure(NormaliseOnly));
                parse.Add(Measure(ParseOnly));
                monitor.Add(Measure(Monitor));
                reader.Add(Measure(FeedReaderOnly));
            }
        }

        var inv = CultureInfo.InvariantCulture;
        var r = Median(reader);
        var m = Median(monitor);
        Console.WriteLine(string.Create(inv, $"{items} items, {bytes.Length} bytes, {rounds} interleaved rounds (medians)"));
        Console.WriteLine(string.Create(inv, $"FeedReader.ReadFromString          {r,8:0.00} ms  {bytes.Length / r / 1000:0.0} MB/s"));
        Console.WriteLine(string.Create(inv, $"Monitor decode→repair→parse→norm.   {m,8:0.00} ms  {bytes.Length / m / 1000:0.0} MB/s  ratio {m / r:0.00}×"));
        Console.WriteLine(string.Create(inv, $"  of which decode→repair→parse only   {Median(parse),8:0.00} ms  ratio {Median(parse) / r:0.00}×"));
        Console.WriteLine(string.Create(inv, $"  of which normalise only             {Median(normalise),8:0.00} ms  ratio {Median(normalise) / r:0.00}×"));
        return 0;
    }

    private static double Measure(Func<int> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static double Arg(string[] args, string name, double fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
