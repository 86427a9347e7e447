using Frivillighed.AssociationReadModel;
using Frivillighed.Booking.Data;

namespace Frivillighed.Booking.Apis;

// What Booking knows of an association, from the Associations events (public: id, name and status only).
public static class KnownAssociationsApi
{
    public static IEndpointRouteBuilder MapKnownAssociationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/bookings").WithTags("Known associations")
            .MapGet("/associations/{id:guid}", (Guid id, BookingDbContext db, CancellationToken ct) => KnownAssociations.GetAsync(id, db, ct))
            .WithName("GetKnownAssociation").WithSummary("What this service knows of an association: name, status and child-safety lapse")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
