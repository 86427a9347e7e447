using System.Security.Claims;
using Frivillighed.AssociationReadModel;
using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Booking;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Apis;

// Faxe rule 3.8: staff record whether a booking was used; three no-shows in a row suspend the association's
// booking right until staff lift it.
public static class AttendanceApi
{
    public static IEndpointRouteBuilder MapAttendanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/bookings").WithTags("Attendance and booking right");
        api.MapPost("/{id:guid}/attendance", RecordAttendance).WithSummary("Record attendance or a no-show for a booking (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/associations/{id:guid}/booking-right", GetBookingRight).WithSummary("Whether the association may book, and why not").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/booking-rights/suspended", ListSuspended).WithSummary("Associations whose booking right is suspended, longest first (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        api.MapPost("/associations/{id:guid}/booking-right/lift", LiftSuspension).WithSummary("Restore a suspended booking right (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<BookingResponse>, ValidationProblem, ProblemHttpResult>> RecordAttendance(
        Guid id, AttendanceRequest request, BookingDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (request.Attendance is not { } attendance)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Attendance"] = ["Say 'Attended' or 'NoShow'."] });
        }

        return await db.InTransactionAsync<Results<Ok<BookingResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var now = time.GetUtcNow();
            var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id, token);
            if (booking is null)
            {
                return Problems.NotFound($"No booking has id {id}.");
            }

            if (booking.WhyNoAttendance(now) is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            booking.RecordAttendance(attendance, now);
            if (booking.AssociationId is { } associationId && (await LockRightAsync(db, associationId, token)).Record(attendance, now) is { } suspended)
            {
                db.AddEvent(suspended, time);
            }

            if (await db.SaveOrConflictAsync(token, changed: $"Booking {id} changed at the same moment; read it again.") is { } conflict)
            {
                return conflict;
            }

            await transaction.CommitAsync(token);
            var facility = await db.Facilities.AsNoTracking().SingleAsync(f => f.Id == booking.FacilityId, token);
            return TypedResults.Ok(booking.ToResponse(facility.Name));
        }, ct);
    }

    public static async Task<Results<Ok<BookingRightResponse>, ProblemHttpResult>> GetBookingRight(
        Guid id, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (!await Booker.MayManageAsync(db, id, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its booking record.");
        }

        var right = await db.BookingRights.AsNoTracking().FirstOrDefaultAsync(r => r.AssociationId == id, ct);
        var yearAgo = time.GetUtcNow().AddYears(-1);
        var late = await db.Bookings.CountAsync(b => b.AssociationId == id && b.LateCancellation && b.CancelledAt >= yearAgo, ct);
        return TypedResults.Ok(right.ToResponse(id, late));
    }

    public static async Task<Ok<List<SuspendedBookingRight>>> ListSuspended(BookingDbContext db, CancellationToken ct)
    {
        var rights = await db.BookingRights.AsNoTracking().Where(r => r.SuspendedAt != null).OrderBy(r => r.SuspendedAt).ToListAsync(ct);
        var ids = rights.Select(r => r.AssociationId).ToList();
        var names = await db.Set<KnownAssociation>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return TypedResults.Ok(rights.Select(r => new SuspendedBookingRight(r.AssociationId, names.GetValueOrDefault(r.AssociationId), r.SuspendedAt!.Value, r.ConsecutiveNoShows)).ToList());
    }

    public static async Task<Results<Ok<BookingRightResponse>, ValidationProblem, ProblemHttpResult>> LiftSuspension(
        Guid id, LiftSuspensionRequest request, BookingDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Reason"] = ["Say why the suspension is lifted (at most 500 characters)."] });
        }

        return await db.InTransactionAsync<Results<Ok<BookingRightResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var now = time.GetUtcNow();
            var right = await LockRightAsync(db, id, token);
            if (right.WhyNotLift() is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            db.AddEvent(right.Lift(request.Reason, now), time);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.Ok(right.ToResponse(id, 0));
        }, ct);
    }

    // The association's record, created clean if it has none, and locked until the transaction ends.
    private static async Task<BookingRight> LockRightAsync(BookingDbContext db, Guid associationId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO booking_rights (association_id, consecutive_no_shows) VALUES ({associationId}, 0) ON CONFLICT DO NOTHING", ct);
        return await db.BookingRights.FromSql($"SELECT * FROM booking_rights WHERE association_id = {associationId} FOR UPDATE").SingleAsync(ct);
    }
}
