using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitor.Pipeline.Normalizing;

/// <summary>Parses feed dates by hand, independently of the machine's culture and time zone.</summary>
/// <remarks>
/// Accepts ISO 8601 / W3C-DTF (extended and basic), RFC 822/1123 with numeric or named zones (GMT, CET, CEST, EST, …),
/// asctime, English and Dutch month and day names (<c>wo, 27 okt 2021</c>, <c>donderdag 27 januari 2022 10:00</c>), and
/// numeric day-month-year (<c>27-01-2022</c>, read day first as Dutch writers do). A date without a zone is read as UTC.
/// Returns <see langword="null"/> for anything else; callers use the first-seen time then.
/// </remarks>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly HashSet<string> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "ma", "di", "wo", "do", "vr", "za", "zo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "om", "at", "de", "den", "uur", "u",
    };

    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0,
        ["UT"] = 0,
        ["UTC"] = 0,
        ["Z"] = 0,
        ["WET"] = 0,
        ["WEST"] = 60,
        ["BST"] = 60,
        ["IST"] = 60,
        ["CET"] = 60,
        ["CEST"] = 120,
        ["MET"] = 60,
        ["MEST"] = 120,
        ["MEZ"] = 60,
        ["MESZ"] = 120,
        ["EET"] = 120,
        ["EEST"] = 180,
        ["EST"] = -300,
        ["EDT"] = -240,
        ["CST"] = -360,
        ["CDT"] = -300,
        ["MST"] = -420,
        ["MDT"] = -360,
        ["PST"] = -480,
        ["PDT"] = -420,
        ["AKST"] = -540,
        ["AKDT"] = -480,
        ["HST"] = -600,
        ["AST"] = -240,
        ["ADT"] = -180,
        ["JST"] = 540,
        ["KST"] = 540,
        ["AEST"] = 600,
        ["AEDT"] = 660,
        ["NZST"] = 720,
        ["NZDT"] = 780,
    };

    /// <summary>Parses <paramref name="text"/>; returns <see langword="null"/> when it is not a date.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }

        var s = text.Trim();
        if (TryRfc1123(s, out var fast))
        {
            return fast;
        }

        var iso = Iso().Match(s);
        return iso.Success ? FromIso(iso) : FromWords(s);
    }

    private static DateTimeOffset? FromIso(Match m)
    {
        var year = Int(m.Groups["y"]);
        var month = m.Groups["mo"].Success ? Int(m.Groups["mo"]) : 1;
        var day = m.Groups["d"].Success ? Int(m.Groups["d"]) : 1;
        var hour = m.Groups["h"].Success ? Int(m.Groups["h"]) : 0;
        var minute = m.Groups["mi"].Success ? Int(m.Groups["mi"]) : 0;
        var second = m.Groups["s"].Success ? Int(m.Groups["s"]) : 0;
        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        int? offset = m.Groups["z"].Success ? ZoneOffset(m.Groups["z"].Value) : 0;
        return offset is null ? null : Build(year, month, day, hour, minute, second, fraction, offset.Value);
    }

    private static DateTimeOffset? FromWords(string s)
    {
        int? year = null, month = null, day = null, hour = null, minute = null, second = null, offset = null;
        var pm = false;
        var am = false;
        foreach (var raw in Separators().Split(s))
        {
            var token = raw.Trim('.', ',');
            if (token.Length == 0 || DayNames.Contains(token))
            {
                continue;
            }

            var time = Time().Match(token);
            if (time.Success && hour is null)
            {
                hour = Int(time.Groups["h"]);
                minute = Int(time.Groups["mi"]);
                second = time.Groups["s"].Success ? Int(time.Groups["s"]) : 0;
                if (time.Groups["z"].Success)
                {
                    offset = ZoneOffset(time.Groups["z"].Value);
                }

                continue;
            }

            var dmy = NumericDate().Match(token);
            if (dmy.Success && day is null)
            {
                var first = Int(dmy.Groups["a"]);
                var second2 = Int(dmy.Groups["b"]);
                var third = Int(dmy.Groups["c"]);
                (year, month, day) = dmy.Groups["a"].Value.Length == 4 ? (first, second2, third) : (Year(third, dmy.Groups["c"].Value.Length), second2, first);
                continue;
            }

            if (Months.TryGetValue(token, out var m) && month is null)
            {
                month = m;
                continue;
            }

            if (token.Equals("pm", StringComparison.OrdinalIgnoreCase) || token.Equals("am", StringComparison.OrdinalIgnoreCase))
            {
                pm = token.Equals("pm", StringComparison.OrdinalIgnoreCase);
                am = !pm;
                continue;
            }

            if (token.All(char.IsAsciiDigit) && token.Length <= 4)
            {
                var n = Int(token);
                if (token.Length <= 2 && day is null && n is >= 1 and <= 31)
                {
                    day = n;
                }
                else if (year is null)
                {
                    year = Year(n, token.Length);
                }
                else
                {
                    return null;
                }

                continue;
            }

            var zone = ZoneOffset(token);
            if (zone is not null && offset is null)
            {
                offset = zone;
                continue;
            }

            return null;
        }

        if (year is null || month is null || day is null)
        {
            return null;
        }

        var h = hour ?? 0;
        if (pm && h < 12)
        {
            h += 12;
        }
        else if (am && h == 12)
        {
            h = 0;
        }

        return Build(year.Value, month.Value, day.Value, h, minute ?? 0, second ?? 0, 0, offset ?? 0);
    }

    /// <summary>Fast path for the form almost every RSS feed uses: <c>Thu, 27 Jan 2022 10:00:00 +0100</c> (or a zone name).</summary>
    private static bool TryRfc1123(string s, out DateTimeOffset? value)
    {
        value = null;
        var span = s.AsSpan();
        var comma = span.IndexOf(',');
        if (comma is > 0 and < 12)
        {
            span = span[(comma + 1)..].TrimStart();
        }

        // d[d] MMM yyyy HH:mm:ss ZONE
        var dayLength = span.Length > 1 && char.IsAsciiDigit(span[1]) ? 2 : 1;
        if (span.Length < dayLength + 22 || !char.IsAsciiDigit(span[0]) || span[dayLength] != ' ' || span[dayLength + 4] != ' ')
        {
            return false;
        }

        var rest = span[(dayLength + 1)..];
        if (rest[8] != ' ' || rest[11] != ':' || rest[14] != ':' || rest[17] != ' '
            || !Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest[..3], out var month)
            || !TryDigits(span[..dayLength], out var day) || !TryDigits(rest.Slice(4, 4), out var year)
            || !TryDigits(rest.Slice(9, 2), out var hour) || !TryDigits(rest.Slice(12, 2), out var minute) || !TryDigits(rest.Slice(15, 2), out var second))
        {
            return false;
        }

        var zone = rest[18..].Trim();
        var offset = TryNumericZone(zone, out var minutes) ? minutes : ZoneOffset(zone.ToString());
        if (offset is null)
        {
            return false;
        }

        value = Build(year, month, day, hour, minute, second, 0, offset.Value);
        return value is not null;
    }

    /// <summary>The common <c>+hhmm</c> / <c>-hhmm</c> zone without the regex; anything else goes to <see cref="ZoneOffset"/>.</summary>
    private static bool TryNumericZone(ReadOnlySpan<char> zone, out int minutes)
    {
        minutes = 0;
        if (zone.Length != 5 || zone[0] is not ('+' or '-') || !TryDigits(zone.Slice(1, 2), out var h) || !TryDigits(zone.Slice(3, 2), out var m))
        {
            return false;
        }

        minutes = zone[0] == '-' ? -((h * 60) + m) : (h * 60) + m;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static int Year(int n, int digits) => digits <= 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;

    /// <summary>Minutes east of UTC for <c>+0100</c>, <c>+01:00</c>, <c>-05</c>, <c>Z</c>, <c>GMT+1</c> or a zone name; null if not a zone.</summary>
    private static int? ZoneOffset(string zone)
    {
        if (ZoneMinutes.TryGetValue(zone, out var named))
        {
            return named;
        }

        var m = NumericZone().Match(zone);
        if (!m.Success)
        {
            return null;
        }

        var hours = Int(m.Groups["h"]);
        var minutes = m.Groups["m"].Success ? Int(m.Groups["m"]) : 0;
        var total = (hours * 60) + minutes;
        return m.Groups["sign"].Value == "-" ? -total : total;
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, double fraction, int offsetMinutes)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 24 || minute > 59 || second > 60 || Math.Abs(offsetMinutes) > 14 * 60)
        {
            return null;
        }

        var value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromMinutes(offsetMinutes))
            .AddHours(hour).AddMinutes(minute).AddSeconds(Math.Min(second, 59)).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        return value.ToUniversalTime();
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[][] names =
        [
            ["jan", "january", "januari", "jän"], ["feb", "february", "februari", "febr"], ["mar", "march", "maart", "mrt", "mär"],
            ["apr", "april"], ["may", "mei", "mai"], ["jun", "june", "juni"], ["jul", "july", "juli"], ["aug", "august", "augustus"],
            ["sep", "sept", "september"], ["oct", "october", "okt", "oktober"], ["nov", "november"], ["dec", "december", "dez"],
        ];
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-?(?<mo>\d{2})(?:-?(?<d>\d{2}))?)?(?:[T ](?<h>\d{2})(?::?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,7})\d*)?)?)?)?\s*(?<z>Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?<z>Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<a>\d{1,4})[-/.](?<b>\d{1,2})[-/.](?<c>\d{2,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:GMT|UTC|UT)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"[\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
