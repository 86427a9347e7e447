using Frivillighed.AssociationReadModel;
using Frivillighed.Data;
using Frivillighed.Grants;
using Frivillighed.Grants.Apis;
using Frivillighed.Grants.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPoolsApi();
app.MapApplicationsApi();
app.MapAwardsApi();
app.MapStatutoryGrantsApi();
app.MapKnownAssociationsApi();
return app.RunPlatform();
