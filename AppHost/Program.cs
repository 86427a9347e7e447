using Frivillighed.AppHost;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = PlatformInfrastructure.Add(builder);
var seedDemoData = builder.Configuration.GetValue("Platform:SeedDemoData", true).ToString();

// The gateway is the public entry, and its address is the issuer of every access token.
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithHttpEndpoint(port: builder.Configuration.GetValue<int?>("Platform:GatewayPort"), name: "http")
    .WithHttpHealthCheck("/health")
    .WithAppHostEnvironment()
    .WithExternalHttpEndpoints();
var issuer = gateway.GetEndpoint("http");

var identity = builder.AddProject<Projects.Identity>("identity")
    .WithPlatformService(infrastructure, "identitydb", seedDemoData, messaging: false)
    .WithEnvironment("Identity__Issuer", issuer);

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

gateway.WithTokenValidation(identity, issuer);
foreach (var service in new[] { identity, associations, booking, events, grants })
{
    gateway.WithReference(service).WaitFor(service);
}

builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (_, _) =>
{
    Console.WriteLine($"Gateway: {gateway.GetEndpoint("http").Url}");
    return Task.CompletedTask;
});

builder.Build().Run();
