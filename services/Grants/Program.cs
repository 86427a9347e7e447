using Frivillighed.Grants;
using Frivillighed.Grants.Apis;
using Frivillighed.Grants.Data;
using Frivillighed.Messaging;
using Frivillighed.Messaging.ReadModels;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPoolsApi();
app.MapApplicationsApi();
app.MapAwardsApi();
app.MapStatutoryGrantsApi();
app.MapKnownAssociationsApi<GrantsDbContext>("/api/grants");
return app.RunPlatform();
