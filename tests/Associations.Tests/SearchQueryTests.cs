using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Tests;

public class SearchQueryTests
{
    [Theory]
    [InlineData("boldklub haslev", "boldklub:* & haslev:*")]
    [InlineData("  Sejl ", "sejl:*")]
    [InlineData("Ældre", "ældre:*")]
    [InlineData("sejl & !(') :* |", "sejl:*")]
    [InlineData("", null)]
    [InlineData("&|!", null)]
    [InlineData(null, null)]
    public void ToPrefixTsQuery_KeepsOnlyWords(string? text, string? expected) => Assert.Equal(expected, SearchQuery.ToPrefixTsQuery(text));
}
