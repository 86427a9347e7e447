using Frivillighed.Data;
using Frivillighed.Notifications;
using Frivillighed.Notifications.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNotificationsApi();
return app.RunPlatform();
