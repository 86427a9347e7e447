using Frivillighed.AssociationReadModel;
using Frivillighed.Data;
using Frivillighed.Events;
using Frivillighed.Events.Apis;
using Frivillighed.Events.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapEventsApi();
app.MapRegistrationsApi();
app.MapKnownAssociationsApi();
return app.RunPlatform();
