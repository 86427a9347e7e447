using Frivillighed.AssociationReadModel;
using Frivillighed.Booking;
using Frivillighed.Booking.Apis;
using Frivillighed.Booking.Data;
using Frivillighed.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapFacilitiesApi();
app.MapBookingsApi();
app.MapAttendanceApi();
app.MapAssociationBookingsApi();
app.MapSeasonsApi();
app.MapKnownAssociationsApi();
return app.RunPlatform();
