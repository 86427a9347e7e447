using Microsoft.Extensions.Configuration;
using Frivillighed.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = PlatformInfrastructure.Add(builder);
var seedDemoData = builder.Configuration.GetValue("Platform:SeedDemoData", true).ToString();

var booking = builder.AddProject<Projects.Booking>("booking")
    .WithPlatformService(infrastructure, "bookingdb", seedDemoData);
var events = builder.AddProject<Projects.Events>("events")
    .WithPlatformService(infrastructure, "eventsdb", seedDemoData);
var grants = builder.AddProject<Projects.Grants>("grants")
    .WithPlatformService(infrastructure, "grantsdb", seedDemoData);

// Associations starts after the services that consume its events, so their queues are bound before
// its demo data is published (a message published to an exchange without bindings is dropped).
var associations = builder.AddProject<Projects.Associations>("associations")
    .WithPlatformService(infrastructure, "associationsdb", seedDemoData)
    .WaitFor(booking).WaitFor(events).WaitFor(grants);

var gatewayPort = builder.Configuration.GetValue<int?>("Platform:GatewayPort");
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithHttpEndpoint(port: gatewayPort, name: "http")
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();
foreach (var service in new[] { associations, booking, events, grants })
{
    gateway.WithReference(service).WaitFor(service);
}

builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (_, _) =>
{
    Console.WriteLine($"Gateway: {gateway.GetEndpoint("http").Url}");
    return Task.CompletedTask;
});

builder.Build().Run();
