using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frivillighed.ServiceDefaults;

// Bearer-token validation shared by every service and the gateway. Which identity provider issues the tokens
// is configuration only (Identity:Authority, Identity:Issuer, Identity:Audience): the embedded Identity
// service by default, the municipality's own provider or a MitID broker in production.
public static class PlatformAuthentication
{
    public const string DefaultAudience = "frivillighed-api";
    public const string StaffPolicy = "staff";

    public static TBuilder AddPlatformAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var identity = builder.Configuration.GetSection("Identity");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.Authority = identity["Authority"];
            options.Audience = identity["Audience"] ?? DefaultAudience;
            options.RequireHttpsMetadata = identity.GetValue("RequireHttpsMetadata", false);
            options.MapInboundClaims = false;
            // Signing keys come from the provider's JWKS and are fetched again when a token names an unknown
            // key id, so a key rollover needs no restart.
            // An issuer URI is written with or without its trailing slash depending on the provider.
            if (identity["Issuer"] is { } issuer)
            {
                options.TokenValidationParameters.ValidIssuers = [issuer.TrimEnd('/'), issuer.TrimEnd('/') + "/"];
            }

            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = "role";
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireAssertion(context => context.User.IsStaff()));
        return builder;
    }

    public static Guid? UserId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue("sub"), out var id) ? id : null;

    public static bool IsStaff(this ClaimsPrincipal user) => user.IsInRole("staff") || user.IsInRole("admin");
}
