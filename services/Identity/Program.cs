using Frivillighed.Data;
using Frivillighed.Identity;
using Frivillighed.Identity.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapConnectApi();
app.MapAccountApi();
app.MapUsersApi();
return app.RunPlatform();
