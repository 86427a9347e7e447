using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Tests;

public class InvitationTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static Invitation New() => new() { CodeHash = "x", CreatedAt = Created, ExpiresAt = Created.AddDays(Invitation.DaysValid) };

    [Fact]
    public void ACode_IsAcceptedUntilItExpires_AndOnlyOnce()
    {
        var invitation = New();

        Assert.Null(invitation.WhyNotAccepted(Created.AddDays(Invitation.DaysValid).AddMinutes(-1)));
        Assert.Contains("expired", invitation.WhyNotAccepted(Created.AddDays(Invitation.DaysValid)));
        invitation.Accept(Guid.NewGuid(), Created.AddDays(1));
        Assert.Contains("already been used", invitation.WhyNotAccepted(Created.AddDays(2)));
    }

    [Theory]
    [InlineData("abcde-23456", "ABCDE23456")]
    [InlineData(" ABCDE 23456 ", "ABCDE23456")]
    [InlineData("O0I1-L", "L")] // letters and digits that look alike are not in codes
    public void Normalize_KeepsOnlyTheCodesOwnLetters_InCapitals(string typed, string code) =>
        Assert.Equal(code, Invitation.Normalize(typed));
}
