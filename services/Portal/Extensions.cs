using Frivillighed.Data;
using Frivillighed.Portal.Apis;
using Frivillighed.Portal.Clients.Associations;
using Frivillighed.Portal.Clients.Booking;
using Frivillighed.Portal.Clients.Events;
using Frivillighed.Portal.Clients.Grants;
using Frivillighed.Portal.Data;
using Frivillighed.Portal.Gateway;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Http.Resilience;

namespace Frivillighed.Portal;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<PortalOptions>().BindConfiguration("Portal");

        // The portal is reached through the gateway, which says who the citizen is (X-Forwarded-For) and which
        // address they used (X-Forwarded-Host). Trusted from loopback by default; in production from the
        // gateway's network (ForwardedHeaders:KnownNetworks).
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // What every replica shares: the sign-in sessions and the Data Protection keys, in the portal's own database.
        builder.AddPlatformDatabase<PortalDbContext>("portaldb");
        builder.Services.AddDataProtection().SetApplicationName("frivillighed-portal").PersistKeysToDbContext<PortalDbContext>();
        builder.AddPortalSignIn();

        // Every call reaches the services through the gateway, as the citizen (their address) or the signed-in user (their token).
        builder.Services.AddTransient<ClientAddressHandler>();
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.AddGatewayClient<AssociationsClient>();
        builder.AddGatewayClient<BookingClient>();
        builder.AddGatewayClient<EventsClient>();
        builder.AddGatewayClient<GrantsClient>();
        builder.AddGatewayClient<Frivillighed.Portal.Clients.Identity.IdentityClient>();
        builder.AddGatewayClient<Frivillighed.Portal.Clients.Notifications.NotificationsClient>();
        builder.Services.AddScoped<RepresentedAssociations>();
        builder.Services.AddScoped<AssociationNames>();
        // Files passed through as they are: staff's downloads (CSV files the APIs make), an association's documents both ways.
        builder.Services.AddHttpClient(DownloadsApi.Gateway, http => http.BaseAddress = GatewayAddress(builder.Configuration)).ThroughGateway();
    }

#pragma warning disable EXTEXP0001
    private static void AddGatewayClient<TClient>(this IHostApplicationBuilder builder) where TClient : class =>
        builder.Services.AddHttpClient<TClient>(http => http.BaseAddress = GatewayAddress(builder.Configuration)).ThroughGateway();

    private static void ThroughGateway(this IHttpClientBuilder client) =>
        client.AddHttpMessageHandler<ClientAddressHandler>()
            .AddHttpMessageHandler<AccessTokenHandler>()
            // Writes are never repeated by the client: a registration sent twice would be two registrations.
            // (RemoveAllResilienceHandlers is marked experimental; it replaces the default handler of ServiceDefaults.)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                // The portal gives up well before the gateway gives up on the portal (30 s): a service that hangs
                // (stopped behind its proxy, before the gateway's probes notice) ends on the polite 503 page, not
                // on the gateway's bare 504.
                options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
                options.Retry.DisableForUnsafeHttpMethods();
                // A 429 from the gateway means this citizen is over their budget: asking again only makes it worse,
                // and it says nothing of the gateway's health, so it must not open the circuit for everybody.
                var retry = options.Retry.ShouldHandle;
                options.Retry.ShouldHandle = args => args.Outcome.Result?.StatusCode == System.Net.HttpStatusCode.TooManyRequests
                    ? ValueTask.FromResult(false) : retry(args);
                var breaker = options.CircuitBreaker.ShouldHandle;
                options.CircuitBreaker.ShouldHandle = args => args.Outcome.Result?.StatusCode == System.Net.HttpStatusCode.TooManyRequests
                    ? ValueTask.FromResult(false) : breaker(args);
            });
#pragma warning restore EXTEXP0001

    public static Uri GatewayAddress(IConfiguration configuration) =>
        new(configuration["Portal:Gateway"] ?? "http://gateway");

    // The design system's compiled assets, copied beside the portal at build (Portal.csproj), served as /dkfds.
    public static void UseDkfdsAssets(this WebApplication app)
    {
        var folder = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value.DkfdsFolder;
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"The DKFDS assets are missing ({folder}); build the portal (it runs npm ci).");
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/dkfds",
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseStaticFiles();
    }
}
