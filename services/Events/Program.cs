using Frivillighed.Events;
using Frivillighed.Events.Apis;
using Frivillighed.Events.Data;
using Frivillighed.Messaging;
using Frivillighed.Messaging.ReadModels;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapEventsApi();
app.MapRegistrationsApi();
app.MapKnownAssociationsApi<EventsDbContext>("/api/events");
return app.RunPlatform();
