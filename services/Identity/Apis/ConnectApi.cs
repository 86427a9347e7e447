using System.Security.Claims;
using Frivillighed.Identity.Data;
using Frivillighed.Identity.Model;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Frivillighed.Identity.Apis;

// The OpenID Connect endpoints whose decisions are ours: who the user is and what goes into the token.
public static class ConnectApi
{
    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", ["GET", "POST"], Authorize).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/connect/token", Exchange).DisableAntiforgery().ExcludeFromDescription();
        app.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSession).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Authorize(HttpContext http, IdentityDbContext db, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var signedIn = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var user = signedIn.Succeeded && Guid.TryParse(signedIn.Principal.FindFirstValue(Claims.Subject), out var id)
            ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
            : null;
        if (user is null)
        {
            var query = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(query) },
                [CookieAuthenticationDefaults.AuthenticationScheme]);
        }

        return SignIn(UserIdentity(user), request.GetScopes());
    }

    public static async Task<IResult> Exchange(HttpContext http, IdentityDbContext db, IPasswordHasher<User> hasher,
        IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsPasswordGrantType())
        {
            var name = request.Username?.Trim().ToLowerInvariant();
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name || u.Email.ToLower() == name, ct);
            if (user is null || !user.EmailConfirmed || hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password ?? "") == PasswordVerificationResult.Failed)
            {
                return Refuse(Errors.InvalidGrant, "The user name or password is wrong.");
            }

            return SignIn(UserIdentity(user), request.GetScopes());
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            // Roles are read again, so a refreshed token reflects today's roles, not those at sign-in.
            var user = Guid.TryParse(granted.Principal?.GetClaim(Claims.Subject), out var id)
                ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
                : null;
            return user is null
                ? Refuse(Errors.InvalidGrant, "The user no longer exists.")
                : SignIn(UserIdentity(user), granted.Principal!.GetScopes());
        }

        if (request.IsClientCredentialsGrantType())
        {
            var client = await applications.FindByClientIdAsync(request.ClientId!, ct)
                ?? throw new InvalidOperationException("The client was authenticated but cannot be found.");
            var identity = NewIdentity();
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(client, ct));
            identity.SetClaims(Claims.Role, [Roles.Integration]);
            return SignIn(identity, request.GetScopes());
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    // Signing out of a web frontend ends the sign-in here too; OpenIddict then returns to the frontend's registered
    // post-logout address (or shows nothing more when none was given).
    public static async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static ClaimsIdentity UserIdentity(User user)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.Name, user.DisplayName);
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaims(Claims.Role, [.. user.Roles]);
        return identity;
    }

    private static IResult SignIn(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(Extensions.ApiResource);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.Email or Claims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
