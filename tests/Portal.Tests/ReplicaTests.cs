using System.Net;
using System.Security.Claims;
using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Frivillighed.Portal.Tests;

// Two portal replicas on one database: a session begun on one is the same session on the other (its cookie is
// protected with the shared keys, the session itself is in the database), and ending it ends it on both.
public sealed class ReplicaTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task ASessionBegunOnOneReplica_IsKnownToTheOther_AndEndsOnBoth()
    {
        await using var one = new PortalFactory(database);
        await using var other = new PortalFactory(database);
        var browser = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        Assert.Contains("Log på", await (await one.CreateClient(browser).GetAsync("/was")).Content.ReadAsStringAsync());

        // What the cookie handler does at sign-in: the session to the store, its key in the protected cookie.
        var options = one.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "Bo Formand"), new Claim("role", "citizen")],
            CookieAuthenticationDefaults.AuthenticationScheme, "name", "role"));
        var key = await options.SessionStore!.StoreAsync(new AuthenticationTicket(user,
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, CookieAuthenticationDefaults.AuthenticationScheme));
        var cookie = options.TicketDataFormat.Protect(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim("Microsoft.AspNetCore.Authentication.Cookies-SessionId", key)], CookieAuthenticationDefaults.AuthenticationScheme)),
            CookieAuthenticationDefaults.AuthenticationScheme));

        var page = await GetAsync(other, browser, cookie);
        Assert.Contains("Bo Formand", page);
        Assert.Contains("Log af", page);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM sessions"));
        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys") >= 1);

        await options.SessionStore.RemoveAsync(key);
        Assert.Contains("Log på", await GetAsync(other, browser, cookie));
    }

    private static async Task<string> GetAsync(PortalFactory portal, WebApplicationFactoryClientOptions browser, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/was");
        request.Headers.Add("Cookie", "frivillighed.portal=" + cookie);
        var response = await portal.CreateClient(browser).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
