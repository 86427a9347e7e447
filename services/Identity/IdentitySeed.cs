using Frivillighed.Contracts;
using Frivillighed.Data;
using Frivillighed.Identity.Data;
using Frivillighed.Identity.Model;
using Frivillighed.Messaging;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Frivillighed.Identity;

// The OAuth clients the platform needs (always), and in Development the demo users and dev-only clients.
// Replicas starting together seed one after the other: one transaction under an advisory lock, so the second
// finds what the first wrote (before, the second replica of a run crashed on a duplicate user).
public sealed class IdentitySeed(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, TimeProvider time) : IHostedService
{
    public const string WebClient = "frivillighed-web";
    public const string DevClient = "frivillighed-dev";
    public const string DemoIntegrationClient = "integration-demo";

    private const long SeedLock = 0x1D_5EED;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.InTransactionAsync(async (transaction, ct) =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLock})", ct);
            await SeedAsync(scope.ServiceProvider, db, ct);
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);
    }

    private async Task SeedAsync(IServiceProvider scoped, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var applications = scoped.GetRequiredService<IOpenIddictApplicationManager>();

        var web = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClient,
            ClientType = ClientTypes.Public,
            DisplayName = "Frivillighed web frontends",
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        web.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code]);
        web.Permissions.UnionWith(ApiScopes);
        foreach (var uri in configuration.GetSection("Identity:WebRedirectUris").Get<string[]>() ?? [])
        {
            web.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in configuration.GetSection("Identity:WebPostLogoutRedirectUris").Get<string[]>() ?? [])
        {
            web.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        await CreateOrUpdateAsync(applications, web, cancellationToken);

        if (!environment.IsDevelopment())
        {
            return;
        }

        var dev = new OpenIddictApplicationDescriptor { ClientId = DevClient, ClientType = ClientTypes.Public, DisplayName = "Development tokens" };
        dev.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken]);
        dev.Permissions.UnionWith(ApiScopes);
        await CreateOrUpdateAsync(applications, dev, cancellationToken);

        var integration = new OpenIddictApplicationDescriptor
        {
            ClientId = DemoIntegrationClient,
            ClientType = ClientTypes.Confidential,
            // Dev-only secret: the client exists only in Development.
            ClientSecret = configuration["Identity:DemoIntegrationSecret"] ?? "dev-only-integration-secret",
            DisplayName = "Demo integration (client credentials)",
        };
        integration.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        integration.Permissions.UnionWith(ApiScopes);
        await CreateOrUpdateAsync(applications, integration, cancellationToken);

        var hasher = scoped.GetRequiredService<IPasswordHasher<User>>();
        foreach (var demo in DemoUsers.All)
        {
            if (await db.Users.AnyAsync(u => u.Id == demo.Id, cancellationToken))
            {
                continue;
            }

            var user = new User
            {
                Id = demo.Id,
                UserName = demo.UserName,
                DisplayName = demo.DisplayName,
                Email = $"{demo.UserName}@example.invalid",
                Roles = demo.Roles,
            };
            user.PasswordHash = hasher.HashPassword(user, DemoUsers.DevOnlyPassword);
            db.Users.Add(user);
            db.AddEvent(user.ProfileChanged(time.GetUtcNow()), time);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static readonly string[] ApiScopes =
    [
        Permissions.Prefixes.Scope + Extensions.ApiResource,
        Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
    ];

    private static async Task CreateOrUpdateAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, ct) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, ct);
        }
        else
        {
            await applications.CreateAsync(descriptor, ct);
        }
    }
}
