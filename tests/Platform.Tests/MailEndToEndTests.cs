using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;

namespace Frivillighed.Platform.Tests;

// What the platform decides reaches the person by mail: through the whole platform, read in the real smtp4dev.
[Collection(PlatformCollection.Name)]
public class MailEndToEndTests(PlatformFixture platform)
{
    [Fact]
    public async Task TheWaitingList_IsToldItsPlace_ThenThePromotion_WhoseCancelLinkWorks()
    {
        var staff = await ClientAsync(DemoUsers.Dorte);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd");
        var title = "Kursus i bestyrelsesarbejde " + Guid.NewGuid().ToString("N")[..6];
        var created = await staff.PostAsJsonAsync("/api/events", new
        {
            kind = "Course", title, start = $"{day}T18:00", end = $"{day}T21:00", venue = "Rådhuset, Frederiksgade 9", town = "Haslev", capacity = 1,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var eventId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var first = $"first-{Guid.NewGuid():N}@example.invalid";
        var second = $"second-{Guid.NewGuid():N}@example.invalid";
        var seated = await RegisterAsync(eventId, "Mette Første", first);
        var waiting = await RegisterAsync(eventId, "Niels Anden", second);
        Assert.Equal("Waiting", waiting.GetProperty("status").GetString());

        var confirmation = await platform.Mail.WaitForAsync(first, "Du er tilmeldt");
        Assert.Equal(1, confirmation.Attachments);
        var confirmationText = await platform.Mail.TextAsync(confirmation);
        Assert.Contains("Kære Mette Første", confirmationText);
        Assert.Contains("Rådhuset, Frederiksgade 9, Haslev", confirmationText);
        Assert.Contains("kl. 18:00–21:00", confirmationText);

        var waitingMail = await platform.Mail.WaitForAsync(second, "Du er på venteliste");
        Assert.Contains("Du er nummer 1 på ventelisten", await platform.Mail.TextAsync(waitingMail));

        // The first cancels through their personal link: the seat goes to the second, who is told so.
        var cancelled = await platform.Gateway.PostAsync(seated.GetProperty("cancelLink").GetString(), null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var promotion = await platform.Mail.WaitForAsync(second, "Du har fået en plads");
        var promotionText = await platform.Mail.TextAsync(promotion);
        Assert.Contains("Kære Niels Anden", promotionText);
        Assert.Equal(1, promotion.Attachments);

        // The mail's cancel link opens the portal's cancel page for that registration, and its secret cancels it.
        var link = new Uri(MailInbox.Link(promotionText, platform.Gateway.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/arrangementer/tilmelding/"));
        var page = await platform.Gateway.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(title, await page.Content.ReadAsStringAsync());
        var registrationId = waiting.GetProperty("id").GetGuid();
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"];
        var viaLink = await platform.Gateway.PostAsync($"/api/events/registrations/{registrationId}/cancel?token={Uri.EscapeDataString(token!)}", null);
        Assert.Equal(HttpStatusCode.OK, viaLink.StatusCode);

        // Each mail once.
        Assert.Single(await platform.Mail.ToAsync(first), m => m.Subject.Contains("Du er tilmeldt", StringComparison.Ordinal));
        Assert.Single(await platform.Mail.ToAsync(second), m => m.Subject.Contains("Du har fået en plads", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffApproval_ReachesTheChair_WithTheReason()
    {
        var bo = await ClientAsync(DemoUsers.Bo);
        var staff = await ClientAsync(DemoUsers.Dorte);
        var name = "Haslev Petanque " + Guid.NewGuid().ToString("N")[..6];
        var id = await bo.RegisterAssociationAsync(Registration.Body(name, "Haslev"));
        await platform.Mail.WaitForAsync("bo@example.invalid", $"Vi har modtaget ansøgningen fra {name}");
        await staff.ApproveAssociationAsync(id);

        var approved = await platform.Mail.WaitForAsync("bo@example.invalid", $"{name} er godkendt");
        var text = await platform.Mail.TextAsync(approved);
        Assert.Contains("Kære Bo Formand", text);
        Assert.Contains("Begrundelse: FOL §4 opfyldt", text);
        Assert.Contains($"/min-forening/{id}", text);
    }

    [Fact]
    public async Task ADecisionMadeWhileTheMailServerIsDown_ArrivesOnceItIsBack_ExactlyOnce()
    {
        var carla = await ClientAsync(DemoUsers.Carla);
        var staff = await ClientAsync(DemoUsers.Dorte);
        var name = "Karise Kortklub " + Guid.NewGuid().ToString("N")[..6];
        var id = await carla.RegisterAssociationAsync(Registration.Body(name, "Karise"));
        await platform.Mail.WaitForAsync("carla@example.invalid", $"Vi har modtaget ansøgningen fra {name}");

        await platform.StopAsync("mail");
        try
        {
            var rejected = await staff.PostAsJsonAsync($"/api/associations/{id}/status",
                new { status = "Rejected", reason = "Vedtægterne mangler en demokratisk struktur." });
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
            // The mail is recorded and tried while the server is down.
            await Eventually.Returns(() => MailLogAsync(staff, "carla@example.invalid"),
                log => log.Any(m => m.GetProperty("subject").GetString()!.Contains(name, StringComparison.Ordinal)
                    && m.GetProperty("template").GetString() == "association-rejected" && m.GetProperty("attempts").GetInt32() >= 1
                    && m.GetProperty("status").GetString() == "Pending"),
                "the rejection mail tried and pending");
        }
        finally
        {
            await platform.StartAsync("mail");
        }

        var mail = await platform.Mail.WaitForAsync("carla@example.invalid", $"Afgørelse: {name} er ikke godkendt", timeoutSeconds: 90);
        Assert.Contains("Vedtægterne mangler en demokratisk struktur.", await platform.Mail.TextAsync(mail));
        var entry = Assert.Single(await MailLogAsync(staff, "carla@example.invalid"), m => m.GetProperty("template").GetString() == "association-rejected"
            && m.GetProperty("subject").GetString()!.Contains(name, StringComparison.Ordinal));
        Assert.Equal("Sent", entry.GetProperty("status").GetString());
        Assert.True(entry.GetProperty("attempts").GetInt32() >= 2, entry.ToString());
        Assert.Single(await platform.Mail.ToAsync("carla@example.invalid"), m => m.Subject.Contains($"{name} er ikke godkendt", StringComparison.Ordinal));
    }

    private async Task<List<JsonElement>> MailLogAsync(HttpClient staff, string address)
    {
        var page = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications/mails?q={Uri.EscapeDataString(address)}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private async Task<JsonElement> RegisterAsync(Guid eventId, string name, string email)
    {
        var response = await platform.Gateway.PostAsJsonAsync($"/api/events/{eventId}/registrations", new { name, email });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpClient> ClientAsync(DemoUser user)
    {
        var client = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync(user));
        return client;
    }
}
