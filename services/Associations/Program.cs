using Frivillighed.Associations;
using Frivillighed.Associations.Apis;
using Frivillighed.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAssociationsApi();
app.MapRepresentativesApi();
app.MapChildSafetyApi();
app.MapMemberCountsApi();
app.MapVolunteerOpportunitiesApi();
app.MapVolunteerInsuranceApi();
app.MapDocumentsApi();
return app.RunPlatform();
