using Frivillighed.AssociationReadModel;
using Frivillighed.Booking.Consumers;
using Frivillighed.Booking.Data;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Booking;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddOpenApiTag("Facilities", "Municipal premises: halls, rooms and pitches, their opening hours, prices and free time.");
        builder.Services.AddOpenApiTag("Bookings", "One-off and weekly bookings of facilities; never double-booked.");
        builder.Services.AddOpenApiTag("Attendance and booking right", "No-shows and the booking right they can cost (Faxe rule 3.8).");
        builder.Services.AddOpenApiTag("Season allocation", "The yearly allocation round: season requests, the computed allocation by FOL §21 priority, publication.");
        builder.Services.AddOpenApiTag("Known associations", "What this service has heard of each association over the bus.");
        builder.AddPlatformDatabase<BookingDbContext>("bookingdb");
        builder.Services.AddScoped<IDemoData<BookingDbContext>, DemoData>();
        builder.AddPlatformMessaging<BookingDbContext>("booking", (x, queues) =>
        {
            x.AddAssociationReadModel<BookingDbContext>(queues);
            x.AddConsumer<AssociationWithdrawnConsumer>().Endpoint(e => e.Name = $"{queues}-association-withdrawn");
            x.AddConsumer<VenueRequestConsumer>().Endpoint(e => e.Name = $"{queues}-venue-requests");
            x.AddConsumer<GrantQuotaConsumer>().Endpoint(e => e.Name = $"{queues}-grant-quotas");
        });
    }
}
