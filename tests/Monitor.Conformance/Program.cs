using System.Globalization;
using Monitor.Conformance;

// Usage: dotnet run --project tests/Monitor.Conformance -- <corpus-root> [--threshold <percent>] [--failures <n>]
// Prints the pass rate per folder and the failing checks; exits 1 when the overall rate is below the threshold.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Monitor.Conformance <corpus-root> [--threshold <percent>] [--failures <n>]  (e.g. ../shared/corpus)");
    return 2;
}

var threshold = Option("--threshold", 0.0);
var maxFailures = (int)Option("--failures", 200);
var checks = GofeedSuite.Run(args[0]).Concat(FeedparserSuite.Run(args[0])).ToList();
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"{"folder",-48} {"passed",7} {"checks",7} {"rate",7}"));
foreach (var folder in checks.GroupBy(c => c.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var passed = folder.Count(c => c.Passed);
    Console.WriteLine(string.Create(inv, $"{folder.Key,-48} {passed,7} {folder.Count(),7} {100.0 * passed / folder.Count(),6:0.0}%"));
}

Console.WriteLine();
Console.WriteLine("by field:");
foreach (var field in checks.GroupBy(c => System.Text.RegularExpressions.Regex.Replace(c.Field, @"\[\d+\]|\.\d+\.", "[]")).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var passed = field.Count(c => c.Passed);
    Console.WriteLine(string.Create(inv, $"  {field.Key,-46} {passed,7} {field.Count(),7} {100.0 * passed / field.Count(),6:0.0}%"));
}

var failures = checks.Where(c => !c.Passed).ToList();
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"failures ({failures.Count}{(failures.Count > maxFailures ? $", first {maxFailures}" : string.Empty)}):"));
foreach (var f in failures.Take(maxFailures))
{
    Console.WriteLine(string.Create(inv, $"  {f.File} {f.Field}: expected «{Clip(f.Expected)}» got «{Clip(f.Actual)}»"));
}

var total = checks.Count == 0 ? 0 : 100.0 * checks.Count(c => c.Passed) / checks.Count;
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"TOTAL {checks.Count(c => c.Passed)}/{checks.Count} applicable checks passed = {total:0.00}% (threshold {threshold:0.0}%)"));
return total >= threshold ? 0 : 1;

double Option(string name, double fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Clip(string s)
{
    s = s.Replace("\n", "\\n", StringComparison.Ordinal);
    return s.Length > 120 ? s[..120] + "…" : s;
}
