using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Frivillighed.Identity.Tests;

// Two Identity replicas on one database and one certificate folder: what one issues (an access token, a refresh
// token, a sign-in cookie, a form's antiforgery token), the other accepts. A signing certificate rolls over by
// adding the new file before removing the old.
public sealed partial class ReplicaTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task ATokenARefreshTokenAndASignInCookieFromOneReplica_AreAcceptedByTheOther()
    {
        await using var one = new IdentityFactory(database, "Development");
        await using var other = new IdentityFactory(database, "Development");

        var tokens = await PasswordGrantAsync(one, DemoUsers.Erik, "frivillighed-api roles offline_access");
        var access = tokens.GetProperty("access_token").GetString()!;
        using var users = new HttpRequestMessage(HttpMethod.Get, "/api/identity/users");
        users.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        Assert.Equal(HttpStatusCode.OK, (await other.CreateClient().SendAsync(users)).StatusCode);
        var refreshed = await other.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = "frivillighed-dev",
        }));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);

        // The form comes from one replica, the sign-in goes to the other, the next page to the first again.
        var browser = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var form = await one.CreateClient(browser).GetAsync("/account/login");
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value,
                ["userName"] = DemoUsers.Erik.UserName,
                ["password"] = DemoUsers.DevOnlyPassword,
                ["returnUrl"] = "/account/email",
            }),
        };
        signIn.Headers.Add("Cookie", Cookies(form));
        var signedIn = await other.CreateClient(browser).SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/account/email");
        page.Headers.Add("Cookie", Cookies(signedIn));
        var email = await one.CreateClient(browser).SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, email.StatusCode);
        Assert.Contains("Skift e-mailadresse", await email.Content.ReadAsStringAsync());
        // The keys are in the database, not in a folder of this machine that replicas elsewhere would not see.
        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys") >= 1);
    }

    [Fact]
    public async Task ANewSigningCertificate_SignsFromTheNextStart_WhileTokensOfTheOldStayValidUntilItsFileIsRemoved()
    {
        var folder = TestCertificates.NewFolder();
        var old = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, "signing-1.pfx"), null).Thumbprint;
        string before;
        await using (var identity = new IdentityFactory(database, "Development", folder))
        {
            before = await AccessTokenAsync(identity);
            Assert.Equal(old, new JsonWebToken(before).Kid, ignoreCase: true);
        }

        var added = TestCertificates.Write(folder, "signing-2.pfx", X509KeyUsageFlags.DigitalSignature, TimeSpan.FromDays(730));
        await using (var identity = new IdentityFactory(database, "Development", folder))
        {
            var after = await AccessTokenAsync(identity);
            Assert.Equal(added, new JsonWebToken(after).Kid, ignoreCase: true);
            Assert.Equal(HttpStatusCode.OK, await UsersStatusAsync(identity, before));
            var keys = await identity.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks");
            Assert.Equal(
                new[] { added, old }.Order(StringComparer.OrdinalIgnoreCase),
                keys.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).Order(StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase);
        }

        File.Delete(Path.Combine(folder, "signing-1.pfx"));
        await using (var identity = new IdentityFactory(database, "Development", folder))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await UsersStatusAsync(identity, before));
        }
    }

    [Fact]
    public void OutsideDevelopment_WithoutACertificateFolder_IdentityRefusesToStart_AndSaysWhy()
    {
        using var identity = new IdentityFactory(database, "Production", certificateFolder: "");

        var refusal = Record.Exception(() => identity.CreateClient());

        Assert.NotNull(refusal);
        Assert.Contains("Identity:Certificates:Folder is not set", refusal.ToString());
    }

    private static async Task<JsonElement> PasswordGrantAsync(IdentityFactory identity, DemoUser user, string scope)
    {
        var response = await identity.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = user.UserName,
            ["password"] = DemoUsers.DevOnlyPassword,
            ["client_id"] = "frivillighed-dev",
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static async Task<string> AccessTokenAsync(IdentityFactory identity) =>
        (await PasswordGrantAsync(identity, DemoUsers.Erik, "frivillighed-api roles")).GetProperty("access_token").GetString()!;

    private static async Task<HttpStatusCode> UsersStatusAsync(IdentityFactory identity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await identity.CreateClient().SendAsync(request)).StatusCode;
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
