using System.Net;
using System.Text.RegularExpressions;
using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Frivillighed.Portal.Tests;

// The portal on its own, with no gateway behind it (nothing listens at its address): a page that needs the API
// answers with the portal's polite error page, in Danish, with the correlation id to quote, never a stack trace.
public sealed class ErrorPageTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly PortalFactory portal = new(database);

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task APageWhoseApiIsDown_IsAPolite503_WithTheCorrelationId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tilskud");
        request.Headers.Add("X-Correlation-Id", "fejl-4711");

        var response = await portal.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tjenesten svarer ikke lige nu", html);
        Assert.Contains("fejl-4711", html);
        Assert.DoesNotContain("Exception", html);
        Assert.Contains("<html lang=\"da\"", html);
    }

    // A citizen signs up while Events is down: the 503 page keeps what they typed and sends it again with one press.
    [Fact]
    public async Task AFormSentWhileItsApiIsDown_ComesBackOnThe503Page_ReadyToSendAgain()
    {
        var antiforgery = portal.Services.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(new DefaultHttpContext { RequestServices = portal.Services });
        var cookie = portal.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        var page = $"/arrangementer/{Guid.NewGuid()}?fra=kalender";
        using var request = new HttpRequestMessage(HttpMethod.Post, page)
        {
            Content = new FormUrlEncodedContent([
                new("_handler", "tilmelding"),
                new("__RequestVerificationToken", tokens.RequestToken!),
                new("Form.Name", "Søren \"Sølle\" Ørsted"),
                new("Form.Email", "soeren@example.dk"),
                new("sessions", "a"),
                new("sessions", "b"),
            ]),
        };
        request.Headers.Add("Cookie", $"{cookie}={tokens.CookieToken}");

        var response = await portal.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tjenesten svarer ikke lige nu", html);
        var form = Regex.Match(html, "<form method=\"post\" action=\"(?<action>[^\"]*)\"[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "the page has a form to send again");
        Assert.Equal(page, WebUtility.HtmlDecode(form.Groups["action"].Value));
        var hidden = Regex.Matches(form.Groups["body"].Value, "<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\"")
            .Select(m => (WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        Assert.Contains(("_handler", "tilmelding"), hidden);
        Assert.Contains(("Form.Name", "Søren \"Sølle\" Ørsted"), hidden);
        Assert.Contains(("Form.Email", "soeren@example.dk"), hidden);
        Assert.Equal(["a", "b"], hidden.Where(h => h.Item1 == "sessions").Select(h => h.Item2));
        // A fresh antiforgery token, once; the old one is not echoed.
        Assert.Single(hidden, h => h.Item1 == "__RequestVerificationToken");
        Assert.DoesNotContain(hidden, h => h.Item2 == tokens.RequestToken);
        Assert.Contains(">Send igen</button>", form.Groups["body"].Value);
    }

    [Fact]
    public async Task AnUnknownAddress_IsTheDanish404Page()
    {
        var response = await portal.CreateClient().GetAsync("/ingen-side-her");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Siden findes ikke", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PagesThatNeedNoApi_AreServed_AndSignOutNeedsAntiforgery()
    {
        var client = portal.CreateClient();

        var statement = await client.GetAsync("/was");
        var signOutWithoutToken = await client.PostAsync("/log-af", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        Assert.Contains("Tilgængelighedserklæring", await statement.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, signOutWithoutToken.StatusCode);
    }
}
