using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frivillighed.Contracts;
using Frivillighed.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Frivillighed.Identity.Tests;

// Identity with its certificates from a folder, as in production (by default one folder for the whole run;
// "" for none at all).
public sealed class IdentityFactory(TestDatabase database, string environment, string? certificateFolder = null)
    : ServiceFactory<Program>(database, "identitydb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        builder.UseSetting("Identity:Issuer", "http://gateway.test/");
        builder.UseSetting("Identity:Certificates:Folder", certificateFolder ?? TestCertificates.Shared);
    }
}

public class TokenEndpointTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task PasswordGrant_InDevelopment_IssuesASignedJwtWithIssuerAudienceLifetimeAndRoles()
    {
        await using var identity = new IdentityFactory(database, "Development");

        var response = await RequestTokenAsync(identity, PasswordGrant(DemoUsers.Dorte.UserName, DemoUsers.DevOnlyPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("RS256", token.Alg);
        Assert.Equal("http://gateway.test/", token.Issuer);
        Assert.Contains("frivillighed-api", token.Audiences);
        Assert.Equal(DemoUsers.Dorte.Id.ToString(), token.Subject);
        Assert.Equal("staff", token.GetClaim("role").Value);
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(31));
    }

    [Fact]
    public async Task PasswordGrant_WrongPassword_IsInvalidGrant()
    {
        await using var identity = new IdentityFactory(database, "Development");

        var response = await RequestTokenAsync(identity, PasswordGrant(DemoUsers.Bo.UserName, "guess"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task PasswordGrant_OutsideDevelopment_IsSwitchedOff()
    {
        await using var identity = new IdentityFactory(database, "Production");

        var response = await RequestTokenAsync(identity, PasswordGrant(DemoUsers.Dorte.UserName, DemoUsers.DevOnlyPassword));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Discovery_NamesTheGatewayAsIssuer_AndOffersCodeWithPkceAndClientCredentials()
    {
        await using var identity = new IdentityFactory(database, "Production");

        var discovery = await identity.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.Equal("http://gateway.test/", discovery.GetProperty("issuer").GetString());
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.DoesNotContain("password", grants);
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    private static Dictionary<string, string> PasswordGrant(string userName, string password) => new()
    {
        ["grant_type"] = "password",
        ["username"] = userName,
        ["password"] = password,
        ["client_id"] = "frivillighed-dev",
        ["scope"] = "frivillighed-api roles",
    };

    private static Task<HttpResponseMessage> RequestTokenAsync(IdentityFactory identity, Dictionary<string, string> form) =>
        identity.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
}
