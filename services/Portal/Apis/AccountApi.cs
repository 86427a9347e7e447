using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Frivillighed.Portal.Apis;

// "Log på" is a link (works without JavaScript); "Log af" a form POST with antiforgery that ends the Identity
// session too (the OIDC end-session endpoint), then comes back to the front page.
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/log-paa", SignIn);
        app.MapPost("/log-af", SignOut);
        return app;
    }

    public static IResult SignIn(string? returnUrl) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) ?? "/min-side" },
            [OpenIdConnectDefaults.AuthenticationScheme]);

    // The endpoint reads no form, so nothing else would check the token: a page elsewhere must not sign anyone out.
    public static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery) =>
        await antiforgery.IsRequestValidAsync(http)
            ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
            : Results.BadRequest();

    // Only a path of this site: never an open redirect.
    private static string? LocalOnly(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : null;
}
