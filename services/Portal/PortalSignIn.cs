using Frivillighed.Portal.Gateway;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Frivillighed.Portal;

// Sign-in is the authorization code flow with PKCE against the platform's Identity service (or, by
// configuration only, the municipality's provider): the session is an HttpOnly SameSite cookie with a key to the
// session kept on the server (SessionTicketStore), whose tokens are refreshed before they expire (TokenRefresher).
public static class PortalSignIn
{
    public static void AddPortalSignIn(this IHostApplicationBuilder builder)
    {
        var identity = builder.Configuration.GetSection("Identity");
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "frivillighed.portal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.AccessDeniedPath = "/fejl/403";
                options.Events.OnValidatePrincipal = TokenRefresher.RefreshIfDueAsync;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = identity["Issuer"];
                options.ClientId = identity["ClientId"] ?? "frivillighed-web";
                options.ResponseType = "code";
                // The code comes back in the query string: a form_post answer needs JavaScript to submit itself.
                // The return is then a top-level GET, so the flow's cookies can be SameSite=Lax, and plain http
                // (a demo on another machine's address) keeps them too; in production the portal is behind https.
                options.ResponseMode = "query";
                foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax;
                    cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }
                options.UsePkce = true;
                options.SaveTokens = true;
                options.RequireHttpsMetadata = identity.GetValue("RequireHttpsMetadata", false);
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.Scope.Clear();
                foreach (var scope in (identity["Scopes"] ?? "openid profile roles offline_access frivillighed-api").Split(' '))
                {
                    options.Scope.Add(scope);
                }

                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
                options.SignedOutRedirectUri = "/";
            });

        builder.Services.AddSingleton<ITicketStore, SessionTicketStore>();
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ITicketStore>((options, store) => options.SessionStore = store);

        // The portal's own calls to Identity (metadata, code exchange, refresh) go through the gateway too, as the citizen.
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpContextAccessor, IOptions<PortalOptions>>((options, http, portal) =>
                options.BackchannelHttpHandler = new ClientAddressHandler(http, portal) { InnerHandler = new HttpClientHandler() });
        builder.Services.AddAuthorization();
    }
}
