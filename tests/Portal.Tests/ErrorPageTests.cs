using System.Net;
using Frivillighed.TestSupport;

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
