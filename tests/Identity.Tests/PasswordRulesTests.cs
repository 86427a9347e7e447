using Frivillighed.Identity.Model;

namespace Frivillighed.Identity.Tests;

// NIST-style password rules, no server needed: length, no composition rules, common and guessable ones refused.
public class PasswordRulesTests
{
    [Theory]
    [InlineData("Vi spiller kroket hver tirsdag")]
    [InlineData("rødgrød med fløde og æbler")]
    [InlineData("correct horse battery staple!")]
    public void ALongSentence_IsGood_WithoutDigitsOrSymbols(string password) =>
        Assert.Null(PasswordRules.Problem(password, "lise@example.dk", "Lise Nybruger"));

    [Theory]
    [InlineData("", "Skriv en adgangskode.")]
    [InlineData("kroket2026!", "mindst 15 tegn")]
    [InlineData("123456789012345", "for nem at gætte")]
    [InlineData("abcdefghijklmnopq", "for nem at gætte")]
    [InlineData("aaaaaaaaaaaaaaaaaa", "for nem at gætte")]
    [InlineData("FaxeKommune2026", "for nem at gætte")]
    [InlineData("nybruger er min kode", "navn eller din e-mailadresse")]
    [InlineData("lise-postkassen er hemmelig", "navn eller din e-mailadresse")]
    public void AShortCommonOrPersonalPassword_IsRefused_WithTheReason(string password, string reason) =>
        Assert.Contains(reason, PasswordRules.Problem(password, "lise-postkassen@example.dk", "Lise Nybruger"));

    [Fact]
    public void AVeryLongPassword_IsRefused_AtTheLimit() =>
        Assert.Contains("højst have 128 tegn", PasswordRules.Problem(new string('x', 60) + "y" + new string('z', 68), "a@b.dk", "A"));
}
