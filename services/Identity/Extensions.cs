using Frivillighed.Data;
using Frivillighed.Identity.Data;
using Frivillighed.Identity.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace Frivillighed.Identity;

public static class Extensions
{
    public const string ApiResource = "frivillighed-api";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDatabase<IdentityDbContext>("identitydb");
        // Identity publishes (never consumes): people's names and addresses, and the account mails' requests.
        builder.AddPlatformMessaging<IdentityDbContext>("identity");
        builder.Services.AddHostedService<IdentitySeed>();
        builder.Services.AddOpenApiTag("Users and roles", "The platform's users and their staff and admin roles, with the audit trail of every change.");
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddAntiforgery();
        // Sign-in cookies and antiforgery tokens are protected with keys kept in the database, so any replica reads what another wrote.
        builder.Services.AddDataProtection().SetApplicationName("frivillighed-identity").PersistKeysToDbContext<IdentityDbContext>();
        // The users API takes the platform's access tokens, validated by this server itself; sign-in pages use the cookie.
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Apis.UsersApi.AdminPolicy, policy => policy
                .AddAuthenticationSchemes(OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireRole(Roles.Admin));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                options.Cookie.Name = "frivillighed.identity";
                options.ExpireTimeSpan = TimeSpan.FromHours(1);
            });

        var issuer = builder.Configuration["Identity:Issuer"];
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(options =>
            {
                // The public issuer is the gateway's address, so tokens name the entry point clients use.
                if (issuer is not null)
                {
                    options.SetIssuer(new Uri(issuer));
                }

                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                if (development)
                {
                    // Dev and tests only: tokens for the demo users by user name and password.
                    options.AllowPasswordFlow();
                }

                options.RegisterScopes(OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile,
                    OpenIddictConstants.Scopes.Email, OpenIddictConstants.Scopes.Roles, OpenIddictConstants.Scopes.OfflineAccess, ApiResource);
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(builder.Configuration.GetValue("Identity:AccessTokenMinutes", 30)));
                // Plain signed JWTs, so every service validates them with standard JwtBearer.
                options.DisableAccessTokenEncryption();
                options.AddCertificates(builder.Configuration, builder.Environment);
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
            });
    }
}
