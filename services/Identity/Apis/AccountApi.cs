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

    // In the portal's look (DKFDS, served by the portal through the same gateway): the first page a representative sees.
    private static string Page(AntiforgeryTokenSet tokens, string returnUrl, string? error)
    {
        var invalid = error is null ? "" : " aria-invalid=\"true\" aria-describedby=\"login-error\"";
        var summary = error is null ? "" : """
            <div class="alert alert-error" role="alert" aria-labelledby="fejlopsummering">
              <div class="alert-body">
                <h2 class="alert-heading" id="fejlopsummering">Du blev ikke logget på</h2>
                <ul class="alert-text nobullet-list"><li><a href="#userName">Brugernavn eller adgangskode er forkert. Prøv igen.</a></li></ul>
              </div>
            </div>
            """;
        var fieldError = error is null ? "" : """<span class="form-error-message" id="login-error"><span class="sr-only">Fejl: </span>Brugernavn eller adgangskode er forkert.</span>""";
        return $$"""
            <!doctype html>
            <html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
            <title>Log på – Frivillighed og foreninger – Faxe Kommune</title>
            <link rel="stylesheet" href="/dkfds/css/dkfds.min.css"><link rel="stylesheet" href="/portal.css"><link rel="icon" href="data:,"></head>
            <body>
              <a href="#indhold" class="skipnav">Gå til sidens indhold</a>
              <header class="header">
                <div class="portal-info"><div class="portal-info-inner container"><a href="/" class="portal-logo">Faxe Kommune</a></div></div>
                <div class="solution-info"><div class="solution-info-inner container">
                  <div class="solution-heading"><a href="/">Frivillighed og foreninger</a></div>
                  <div class="additional-info"><p><strong class="authority-name">Faxe Kommune</strong></p></div>
                </div></div>
              </header>
              <main id="indhold" class="container portal-main" tabindex="-1">
                <div class="row"><div class="col-12 col-md-8 col-lg-6">
                <h1>Log på</h1>
                <p>Log på for at se og handle for de foreninger, du repræsenterer.</p>
                {{summary}}
                <form method="post" action="/account/login">
                  <input type="hidden" name="{{tokens.FormFieldName}}" value="{{tokens.RequestToken}}">
                  <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}">
                  <div class="form-group{{(error is null ? "" : " form-error")}}">
                    <label class="form-label" for="userName">Brugernavn</label>
                    {{fieldError}}
                    <input class="form-input" id="userName" name="userName" autocomplete="username" required{{invalid}}>
                  </div>
                  <div class="form-group">
                    <label class="form-label" for="password">Adgangskode</label>
                    <input class="form-input" id="password" name="password" type="password" autocomplete="current-password" required>
                  </div>
                  <button type="submit" class="button button-primary">Log på</button>
                </form>
                </div></div>
              </main>
              <footer class="footer portal-footer"><div class="container"><ul class="unstyled-list">
                <li><a class="function-link" href="/was">Tilgængelighedserklæring</a></li></ul></div></footer>
            </body></html>
            """;
    }
}
