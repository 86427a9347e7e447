using System.Text.RegularExpressions;
using Frivillighed.Notifications.Mails;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Notifications.Tests;

// Every mail template rendered with sample data, no server needed: Danish subject and greeting, dates written the
// Danish way, no placeholder left, the plain-text part saying what the HTML says, and every link into the portal
// pointing at a page the portal has.
public sealed partial class MailTemplateTests
{
    private const string Portal = "https://frivillighed.faxe.dk";
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 17, 0, 0, TimeSpan.Zero); // 18:00 in Copenhagen
    private static readonly Guid Id = Guid.Parse("0193a000-0000-7000-8000-00000000000a");

    public static TheoryData<string> Templates => [.. MailTemplates.Names];

    [Fact]
    public void EveryMailTheConsumersSend_HasATemplate_AndNoTemplateIsUnused()
    {
        var used = Sources("Consumers", "*.cs").Concat(Sources(".", "EventReminders.cs"))
            .SelectMany(s => TemplateNamePattern().Matches(s).Select(m => m.Groups[1].Value)).Where(n => !n.EndsWith("-mails", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(30, MailTemplates.Names.Count);
        Assert.Empty(MailTemplates.Names.Except(used));
        Assert.Empty(used.Except(MailTemplates.Names));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EachTemplate_RendersInDanish_WithEveryValue_AndLinksIntoThePortal(string template)
    {
        var mail = MailTemplates.Render(template, Sample());

        Assert.DoesNotContain("{{", mail.Subject + mail.Html + mail.Text);
        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        Assert.Contains("lang=\"da\"", mail.Html);
        Assert.StartsWith("Faxe Kommune · Frivillighed og foreninger\n", mail.Text);
        Assert.Contains("\nKære Bo Formand\n", mail.Text);
        Assert.Contains($"{Portal}/min-side", mail.Text);
        Assert.Contains("Bo Formand", mail.Html);
        // Each link of the HTML is in the text too, written out.
        foreach (var href in HrefPattern().Matches(mail.Html).Select(m => m.Groups[1].Value))
        {
            Assert.StartsWith(Portal + "/", href);
            Assert.Contains(href, mail.Text);
        }
    }

    [Fact]
    public void TheEventMails_SayWhenInDanishTime_AndTheTruePlaceOnTheWaitingList()
    {
        var values = Sample();
        values["Position"] = "3";
        var waiting = MailTemplates.Render("event-waiting-list", values);
        Assert.Contains("Du er nummer 3 på ventelisten.", waiting.Text);
        Assert.Contains("tirsdag 8. december 2026 kl. 18:00–21:00", waiting.Text);
        Assert.Equal("Du er på venteliste: Kursus i bestyrelsesarbejde", waiting.Subject);
    }

    [Fact]
    public void DataIsEncodedInTheHtml_AndPlainInTheText()
    {
        var values = Sample();
        values["Reason"] = "Vedtægterne mangler <§ 4> & en generalforsamling";
        var mail = MailTemplates.Render("association-rejected", values);
        Assert.Contains("mangler &lt;&#167; 4&gt; &amp; en generalforsamling", mail.Html);
        Assert.DoesNotContain("<§", mail.Html);
        Assert.Contains("Begrundelse: Vedtægterne mangler <§ 4> & en generalforsamling", mail.Text);
    }

    [Fact]
    public void AMissingValue_IsAnError_NotAnEmptyGap()
    {
        var values = Sample();
        values.Remove("Amount");
        Assert.Contains("Amount", Assert.Throws<InvalidOperationException>(() => MailTemplates.Render("grant-awarded", values)).Message);
    }

    // Every address the consumers build ("{mails.Portal}/…") is a page of the portal (its @page routes).
    [Fact]
    public void EveryLinkTheConsumersBuild_IsAPortalPage()
    {
        var routes = Directory.GetFiles(Path.Combine(Root(), "services", "Portal", "Components", "Pages"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines).Where(l => l.StartsWith("@page \"", StringComparison.Ordinal))
            .Select(l => new Regex("^" + RouteParameter().Replace(Regex.Escape(l[7..^1]).Replace("\\{", "{"), "[^/]+") + "$")).ToList();
        var links = Sources("Consumers", "*.cs").SelectMany(s => PortalLinkPattern().Matches(s).Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.True(links.Count >= 10, string.Join(", ", links));
        foreach (var link in links)
        {
            var path = Interpolation().Replace(link, Id.ToString());
            Assert.True(routes.Any(r => r.IsMatch(path)), $"{link} is not a portal page");
        }

        Assert.Contains(routes, r => r.IsMatch($"/arrangementer/tilmelding/{Id}/afmeld"));
        Assert.Contains(routes, r => r.IsMatch($"/frivillig/forsikring/{Id}"));
    }

    [Fact]
    public void ThePlainText_WritesLinksOut_AndListsAsLines()
    {
        var text = MailTemplates.ToText("<p>Se <a href=\"https://x.dk/a\">bookingen</a> her.</p><ul><li>Mandag</li><li>Tirsdag</li></ul>");
        Assert.Equal("Se bookingen: https://x.dk/a her.\n- Mandag\n- Tirsdag\n", text);
    }

    private static Dictionary<string, string> Sample()
    {
        var values = new Dictionary<string, string>
        {
            ["Name"] = "Bo Formand", ["Portal"] = Portal, ["Title"] = "Kursus i bestyrelsesarbejde", ["When"] = DanishFormat.Period(Start, Start.AddHours(3)),
            ["Place"] = "Rådhuset, Haslev", ["Position"] = "1", ["Reason"] = "FOL § 4 er opfyldt.", ["Association"] = "Haslev Petanque",
            ["Facility"] = "Haslev Hallen", ["Activity"] = "Træning", ["Price"] = DanishFormat.Money(250m), ["Series"] = "", ["Fee"] = "",
            ["NoShows"] = "3", ["Season"] = "Vintersæson 2027", ["Period"] = "fredag 1. januar 2027 til onsdag 30. juni 2027",
            ["Outcomes"] = Html.List(["Mandag 17:00–19:00, Træning: tildelt (Haslev Hallen, hele sæsonen)."]),
            ["Status"] = "godkendelsen er suspenderet", ["Bookings"] = Html.List(["tirsdag 8. december 2026 kl. 18:00–20:00: Træning"]), ["Deadline"] = DanishFormat.Date(new DateOnly(2027, 3, 31)), ["DaysLeft"] = "7", ["Consequence"] = "Foreningen kan ikke booke.", ["Year"] = "2027",
            ["Amount"] = DanishFormat.Money(12_500m), ["Conditions"] = Html.Paragraph("Betingelser: kun til materialer."),
            ["Report"] = Html.Paragraph("Redegørelse for brugen: senest 30. september 2027."), ["PaidSoFar"] = DanishFormat.Money(5_000m), ["DueDate"] = DanishFormat.Date(new DateOnly(2027, 9, 30)),
            ["Expires"] = DanishFormat.DateAndTime(Start), ["Link"] = $"{Portal}/account/confirm?token=abc",
            ["EventUrl"] = $"{Portal}/arrangementer/{Id}", ["CancelUrl"] = $"{Portal}/arrangementer/tilmelding/{Id}/afmeld?token=abc",
            ["BookingUrl"] = $"{Portal}/min-forening/{Id}/bookinger/{Id}", ["BookingsUrl"] = $"{Portal}/min-forening/{Id}/bookinger",
            ["AssociationUrl"] = $"{Portal}/min-forening/{Id}", ["SeasonUrl"] = $"{Portal}/min-forening/{Id}/saeson",
            ["ChildSafetyUrl"] = $"{Portal}/min-forening/{Id}/boerneattest", ["GrantsUrl"] = $"{Portal}/min-forening/{Id}/tilskud",
            ["AwardUrl"] = $"{Portal}/min-forening/{Id}/tilskud/bevilling/{Id}",
            ["Task"] = "Lektiehjælp på biblioteket", ["Department"] = "Kultur og Fritid", ["Manager"] = "Mette Leder", ["LastDay"] = DanishFormat.Date(new DateOnly(2027, 3, 31)),
            ["CoverUrl"] = $"{Portal}/frivillig/forsikring/{Id}?token=abc",
        };
        return values;
    }

    private static IEnumerable<string> Sources(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(Root(), "services", "Notifications", folder), pattern).Select(File.ReadAllText);

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Frivillighed.Platform.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    [GeneratedRegex("\"((?:event|booking|season|association|child|application|grant|payout|use|account|closed|volunteer)-[a-z-]+)\"")]
    private static partial Regex TemplateNamePattern();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"\{mails\.Portal\}(/[^""]*)""")]
    private static partial Regex PortalLinkPattern();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
