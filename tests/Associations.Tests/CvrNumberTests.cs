using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Tests;

public class CvrNumberTests
{
    [Theory]
    [InlineData("12345674")]
    [InlineData("31415926")]
    [InlineData("29403473")]
    public void IsValid_CheckDigitMatches_ReturnsTrue(string cvr) => Assert.True(CvrNumber.IsValid(cvr));

    [Theory]
    [InlineData("12345678")] // wrong check digit
    [InlineData("1234567")] // too short
    [InlineData("123456740")] // too long
    [InlineData("1234567a")]
    [InlineData("02345674")] // CVR numbers never start with 0
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_Otherwise_ReturnsFalse(string? cvr) => Assert.False(CvrNumber.IsValid(cvr));
}
