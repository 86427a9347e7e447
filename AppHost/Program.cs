using System.Security.Cryptography;
using Frivillighed.AppHost;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = PlatformInfrastructure.Add(builder);
var seedDemoData = builder.Configuration.GetValue("Platform:SeedDemoData", true).ToString();

// The gateway is the public entry, and its address is the issuer of every access token.
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithHttpEndpoint(port: builder.Configuration.GetValue<int?>("Platform:GatewayPort"), name: "http")
    .WithHttpHealthCheck("/health")
    // The rate-limit counters, shared by every gateway replica.
    .WithDatabase(infrastructure, "gatewaydb")
    .WithAppHostEnvironment()
    .WithExternalHttpEndpoints();
var issuer = gateway.GetEndpoint("http");

var identity = builder.AddProject<Projects.Identity>("identity")
    .WithPlatformService(infrastructure, "identitydb", seedDemoData)
    .WithEnvironment("Identity__Issuer", issuer)
    .WithCertificates(builder)
    // The portal signs in through the gateway's address: these are its callback addresses.
    .WithEnvironment("Identity__WebRedirectUris__1", ReferenceExpression.Create($"{issuer}/signin-oidc"))
    .WithEnvironment("Identity__WebPostLogoutRedirectUris__0", ReferenceExpression.Create($"{issuer}/signout-callback-oidc"));

// Notifications mails what the others decide: it starts first, so its queues are bound before anything is published.
var notifications = builder.AddProject<Projects.Notifications>("notifications")
    .WithPlatformService(infrastructure, "notificationsdb", seedDemoData)
    .WithTokenValidation(identity, issuer)
    .WithEnvironment("Notifications__PortalUrl", issuer)
    .WithMail(builder);
identity.WaitFor(notifications);

var booking = builder.AddProject<Projects.Booking>("booking")
    .WithPlatformService(infrastructure, "bookingdb", seedDemoData)
    .WithTokenValidation(identity, issuer);
var events = builder.AddProject<Projects.Events>("events")
    .WithPlatformService(infrastructure, "eventsdb", seedDemoData)
    .WithTokenValidation(identity, issuer);
var grants = builder.AddProject<Projects.Grants>("grants")
    .WithPlatformService(infrastructure, "grantsdb", seedDemoData)
    .WithTokenValidation(identity, issuer);
// Associations starts after the services that consume its events, so their queues are bound before
// its demo data is published (a message published to an exchange without bindings is dropped).
var associations = builder.AddProject<Projects.Associations>("associations")
    .WithPlatformService(infrastructure, "associationsdb", seedDemoData)
    .WithTokenValidation(identity, issuer)
    .WaitFor(booking).WaitFor(events).WaitFor(grants);
foreach (var publisher in new[] { booking, events, grants, associations })
{
    publisher.WaitFor(notifications);
}

// The portal is a web frontend like any other: it reaches the services through the gateway, and the gateway
// trusts its word for the citizen's address only with this run's secret (production: from a secret store).
// A secret parameter: published, it is left to the deployment (deploy/ reads it from a Secret), never written out.
var frontendSecret = builder.AddParameter("frontend-secret",
    builder.Configuration["Platform:FrontendSecret"] ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), secret: true);
var portal = builder.AddProject<Projects.Portal>("portal")
    .WithHttpEndpoint(name: "http")
    .WithHttpHealthCheck("/health")
    .WithDatabase(infrastructure, "portaldb")
    .WithAppHostEnvironment()
    .WithEnvironment("Portal__Gateway", issuer)
    .WithEnvironment("Portal__FrontendSecret", frontendSecret)
    .WithEnvironment("Identity__Issuer", issuer);

gateway.WithTokenValidation(identity, issuer)
    .WithEnvironment("Gateway__FrontendSecret", frontendSecret)
    .WithReference(portal).WaitFor(portal);
if (builder.Configuration["Platform:PortalRefreshMargin"] is { } refreshMargin)
{
    portal.WithEnvironment("Portal__RefreshMargin", refreshMargin);
}

if (builder.Configuration["Platform:GatewayPermitLimit"] is { } permitLimit)
{
    gateway.WithEnvironment("Gateway__RateLimit__PermitLimit", permitLimit);
}
foreach (var service in new[] { identity, associations, booking, events, grants, notifications })
{
    gateway.WithReference(service).WaitFor(service);
}

// Platform:Replicas=n runs n processes of every service, the portal and the gateway (behind the AppHost's proxy).
if (builder.Configuration.GetValue("Platform:Replicas", 1) is var replicas and > 1)
{
    foreach (var project in new[] { gateway, identity, notifications, booking, events, grants, associations, portal })
    {
        project.WithReplicas(replicas);
    }
}

// A process that ends by itself is started again (Platform:Supervise=false turns that off).
if (builder.Configuration.GetValue("Platform:Supervise", true))
{
    Supervisor.Add(builder);
}

builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (_, _) =>
{
    Console.WriteLine($"Gateway: {gateway.GetEndpoint("http").Url}");
    Console.WriteLine($"Open {gateway.GetEndpoint("http").Url} in a browser: the portal (the API is under /api, its reference at /docs).");
    return Task.CompletedTask;
});

builder.Build().Run();
