using Frivillighed.Data;
using Frivillighed.Portal;
using Frivillighed.Portal.Apis;
using Frivillighed.Portal.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseDkfdsAssets();
app.MapDefaultEndpoints(errorPage: "/fejl");
app.MapAccountApi();
app.MapDownloadsApi();
app.MapRazorComponents<App>();
return app.RunPlatform();
