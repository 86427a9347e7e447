using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Apis;

public static class FacilitiesApi
{
    public static IEndpointRouteBuilder MapFacilitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/facilities").WithTags("Facilities");
        api.MapGet("/", ListFacilities);
        api.MapGet("/{id:guid}", GetFacility).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<List<FacilityResponse>>> ListFacilities(
        BookingDbContext db, string? town, FacilityKind? kind, CancellationToken ct)
    {
        var facilities = await db.Facilities.AsNoTracking()
            .Where(f => town == null || f.Town == town)
            .Where(f => kind == null || f.Kind == kind)
            .OrderBy(f => f.Town).ThenBy(f => f.Name)
            .ToListAsync(ct);
        return TypedResults.Ok(facilities.Select(f => f.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<FacilityResponse>, ProblemHttpResult>> GetFacility(
        Guid id, BookingDbContext db, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        return facility is null
            ? Problems.NotFound($"No facility has id {id}.")
            : TypedResults.Ok(facility.ToResponse());
    }
}
