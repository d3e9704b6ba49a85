using System.Globalization;
using Monitor.Pipeline.Normalizing;

namespace Monitor.Pipeline.Tests.Normalizing;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("RFC 822 numeric zone", "Thu, 27 Jan 2022 10:00:00 +0100", "2022-01-27T09:00:00Z")]
    [InlineData("RFC 822 GMT", "Thu, 27 Jan 2022 10:00:00 GMT", "2022-01-27T10:00:00Z")]
    [InlineData("CET is UTC+1", "Thu, 27 Jan 2022 10:00:00 CET", "2022-01-27T09:00:00Z")]
    [InlineData("CEST is UTC+2", "Wed, 27 Jul 2022 10:00:00 CEST", "2022-07-27T08:00:00Z")]
    [InlineData("EST is UTC-5", "Thu, 27 Jan 2022 10:00:00 EST", "2022-01-27T15:00:00Z")]
    [InlineData("PDT", "Wed, 27 Jul 2022 10:00 PDT", "2022-07-27T17:00:00Z")]
    [InlineData("no day name, two-digit year", "27 Jan 22 10:00:00 +0000", "2022-01-27T10:00:00Z")]
    [InlineData("no seconds", "Thu, 27 Jan 2022 10:00 +0100", "2022-01-27T09:00:00Z")]
    [InlineData("ISO 8601 with offset", "2022-01-27T10:00:00+01:00", "2022-01-27T09:00:00Z")]
    [InlineData("ISO 8601 Z with fraction", "2022-01-27T10:00:00.123Z", "2022-01-27T10:00:00.123Z")]
    [InlineData("ISO 8601 without offset is UTC", "2022-01-27T10:00:00", "2022-01-27T10:00:00Z")]
    [InlineData("ISO 8601 date only", "2022-01-27", "2022-01-27T00:00:00Z")]
    [InlineData("ISO 8601 basic", "20220127T100000Z", "2022-01-27T10:00:00Z")]
    [InlineData("ISO with space", "2022-01-27 10:00:00 +01:00", "2022-01-27T09:00:00Z")]
    [InlineData("Dutch abbreviations", "wo, 27 okt 2021 10:00:00 +0200", "2021-10-27T08:00:00Z")]
    [InlineData("Dutch full names", "donderdag 27 januari 2022 10:00", "2022-01-27T10:00:00Z")]
    [InlineData("Dutch mrt", "ma 7 mrt 2022 09:30 CET", "2022-03-07T08:30:00Z")]
    [InlineData("Dutch with 'om'", "27 mei 2022 om 14:15", "2022-05-27T14:15:00Z")]
    [InlineData("day-first numeric", "27-01-2022 10:00", "2022-01-27T10:00:00Z")]
    [InlineData("asctime", "Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z")]
    [InlineData("lowercase day name with comma", "do, 27 jan 2022 10:00:00 +0100", "2022-01-27T09:00:00Z")]
    [InlineData("12-hour clock", "Jan 27, 2022 3:05 PM GMT", "2022-01-27T15:05:00Z")]
    public void Parse_KnownFormats_GiveTheInstant(string because, string text, string expected)
    {
        var parsed = FeedDates.Parse(text);
        Assert.True(parsed is not null, because);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), parsed!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("1643274000")]
    [InlineData("31 feb 2022 10:00")]
    [InlineData("Thu, 27 Foo 2022 10:00:00 GMT")]
    public void Parse_Unreadable_Null(string text) => Assert.Null(FeedDates.Parse(text));

    [Fact]
    public void Parse_UnderAnotherCulture_SameResult()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            Assert.Equal(new DateTimeOffset(2022, 2, 1, 0, 0, 0, TimeSpan.Zero), FeedDates.Parse("01-02-2022"));
            Assert.Equal(new DateTimeOffset(2022, 1, 27, 9, 0, 0, TimeSpan.Zero), FeedDates.Parse("Thu, 27 Jan 2022 10:00:00 CET"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
