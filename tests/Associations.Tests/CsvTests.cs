using Frivillighed.ServiceDefaults;

namespace Frivillighed.Associations.Tests;

public class CsvTests
{
    [Theory]
    [InlineData("Haslev Boldklub", "Haslev Boldklub")]
    [InlineData("Fodbold, gymnastik", "\"Fodbold, gymnastik\"")]
    [InlineData("Klubben \"Ørnen\"", "\"Klubben \"\"Ørnen\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-1", "'-1")]
    [InlineData(null, "")]
    public void Cell_QuotesAndDisarms(string? value, string expected) => Assert.Equal(expected, Csv.Cell(value));
}
