using System.Net;
using System.Security.Claims;
using Frivillighed.Identity.Data;
using Frivillighed.Identity.Model;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Frivillighed.Identity.Apis;

// The sign-in page of the authorization code flow. Deliberately plain: production federates to the
// municipality's identity provider or MitID (see README), and this page is the embedded default.
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", LoginPage).ExcludeFromDescription();
        app.MapPost("/account/login", Login).ExcludeFromDescription();
        return app;
    }

    public static IResult LoginPage(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error) =>
        Results.Content(Page(antiforgery.GetAndStoreTokens(http), SafeReturnUrl(returnUrl), error), "text/html; charset=utf-8");

    public static async Task<IResult> Login(HttpContext http, [FromForm] string userName, [FromForm] string password,
        [FromForm] string? returnUrl, IdentityDbContext db, IPasswordHasher<User> hasher, CancellationToken ct)
    {
        var target = SafeReturnUrl(returnUrl);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null || hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return Results.Redirect($"/account/login?returnUrl={WebUtility.UrlEncode(target)}&error=1");
        }

        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Id.ToString()));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(target);
    }

    // Only back into the authorization endpoint: never an open redirect.
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal) ? returnUrl : "/connect/authorize";

    private static string Page(AntiforgeryTokenSet tokens, string returnUrl, string? error) => $$"""
        <!doctype html>
        <html lang="da"><head><meta charset="utf-8"><title>Log ind – Frivillighed</title></head>
        <body>
          <h1>Log ind</h1>
          {{(error is null ? "" : "<p role=\"alert\">Forkert brugernavn eller adgangskode.</p>")}}
          <form method="post" action="/account/login">
            <input type="hidden" name="{{tokens.FormFieldName}}" value="{{tokens.RequestToken}}">
            <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}">
            <label>Brugernavn <input name="userName" autocomplete="username" required></label>
            <label>Adgangskode <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Log ind</button>
          </form>
        </body></html>
        """;
}
