using System.Globalization;
using System.Text.RegularExpressions;

namespace Frivillighed.TestSupport;

// Dates a test needs in the future, written as one example year and moved forward from today by whole 28-year
// cycles: within 1901–2099 the calendar repeats every 28 years (weekdays, leap days, the last Sunday of March),
// so a Monday stays a Monday and a summer-time night stays one, however long after writing the test runs.
public static partial class FutureDates
{
    private const int Cycle = 28;

    // The earliest example year a test may write; every year moves by the same cycles, so dates keep their order.
    private const int EarliestExample = 2030;

    // Whole cycles that keep the earliest example at least three years ahead of today.
    private static readonly int Cycles = Math.Max(0, (DateTime.UtcNow.Year + 3 - EarliestExample + Cycle - 1) / Cycle) * Cycle;

    // Every year in the text (2030 or later) moved forward by the same number of cycles.
    public static string Shift(string text) => YearPattern().Replace(text, m => Year(int.Parse(m.Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

    public static int Year(int example) => example >= EarliestExample
        ? example + Cycles
        : throw new ArgumentOutOfRangeException(nameof(example), $"Write example years from {EarliestExample}.");

    [GeneratedRegex(@"(?<![0-9])20[3-9][0-9](?![0-9])")]
    private static partial Regex YearPattern();
}
