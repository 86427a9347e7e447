using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frivillighed.Contracts;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Frivillighed.Platform.Tests;

// The web frontends' flow, as a browser does it through the gateway: authorization code with PKCE.
[Collection(PlatformCollection.Name)]
public partial class SignInTests(PlatformFixture platform)
{
    private const string RedirectUri = "http://localhost:5173/callback";

    [Fact]
    public async Task AuthorizationCodeWithPkce_SignsInAndYieldsATokenForTheUser()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = platform.Gateway.BaseAddress,
        };
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id=frivillighed-web&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}"
            + $"&scope={Uri.EscapeDataString("openid frivillighed-api roles")}&code_challenge={challenge}&code_challenge_method=S256&state=s1";

        var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginPage = await browser.GetStringAsync(toLogin.Headers.Location);
        var form = new Dictionary<string, string>(HiddenFields().Matches(loginPage).Select(m => KeyValuePair.Create(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))))
        {
            ["userName"] = DemoUsers.Carla.UserName,
            ["password"] = DemoUsers.DevOnlyPassword,
        };
        var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var toClient = await browser.GetAsync(signedIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, toClient.StatusCode);
        var callback = toClient.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.ToString());
        var code = Regex.Match(callback.Query, "[?&]code=([^&]+)").Groups[1].Value;
        Assert.Contains("state=s1", callback.Query);

        var tokenResponse = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = Uri.UnescapeDataString(code),
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "frivillighed-web",
            ["code_verifier"] = verifier,
        }));

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = new JsonWebToken((await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        Assert.Equal(DemoUsers.Carla.Id.ToString(), token.Subject);
        Assert.Contains("frivillighed-api", token.Audiences);
    }

    [Fact]
    public async Task AuthorizationCode_WithTheWrongVerifier_IsRefused()
    {
        var response = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = "not-a-code",
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "frivillighed-web",
            ["code_verifier"] = "wrong",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenFields();
}
