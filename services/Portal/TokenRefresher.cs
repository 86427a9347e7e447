using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Frivillighed.Portal;

// An access token lives 30 minutes, a session 8 hours: a token that expires within two minutes (Portal:RefreshMargin) is replaced
// with the refresh token before the request uses it. When that fails (the user is gone, the grant revoked),
// the session ends and the user is signed out, rather than calling the API with a dead token.
public static class TokenRefresher
{
    public static async Task RefreshIfDueAsync(CookieValidatePrincipalContext context)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var margin = context.HttpContext.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.RefreshMargin;
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || DateTimeOffset.Parse(expiresAt, CultureInfo.InvariantCulture) - time.GetUtcNow() > margin)
        {
            return;
        }

        if (await RefreshAsync(context, time) is not { } tokens)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.Properties.StoreTokens(tokens);
        context.ShouldRenew = true;
    }

    private static async Task<List<AuthenticationToken>?> RefreshAsync(CookieValidatePrincipalContext context, TimeProvider time)
    {
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (refreshToken is null)
        {
            return null;
        }

        var oidc = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = oidc.ClientId!,
        }), context.HttpContext.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted));
        var root = body.RootElement;
        var expires = time.GetUtcNow().AddSeconds(root.GetProperty("expires_in").GetInt32());
        var tokens = new List<AuthenticationToken>
        {
            new() { Name = "access_token", Value = root.GetProperty("access_token").GetString()! },
            new() { Name = "refresh_token", Value = root.TryGetProperty("refresh_token", out var rotated) ? rotated.GetString()! : refreshToken },
            new() { Name = "token_type", Value = "Bearer" },
            new() { Name = "expires_at", Value = expires.ToString("o", CultureInfo.InvariantCulture) },
        };
        // The id token is kept for sign-out (id_token_hint).
        if (context.Properties.GetTokenValue("id_token") is { } idToken)
        {
            tokens.Add(new AuthenticationToken { Name = "id_token", Value = root.TryGetProperty("id_token", out var newId) ? newId.GetString()! : idToken });
        }

        return tokens;
    }
}
