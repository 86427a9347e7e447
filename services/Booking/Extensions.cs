using Frivillighed.Booking.Consumers;
using Frivillighed.Booking.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Booking;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
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
