using System.Security.Claims;
using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Apis;

// An association's own bookings, as a list and as a calendar feed, for its representatives and staff.
public static class AssociationBookingsApi
{
    public static IEndpointRouteBuilder MapAssociationBookingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/bookings/associations").WithTags("Bookings").RequireAuthorization();
        api.MapGet("/{id:guid}/bookings", ListBookings).WithSummary("An association's bookings").ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{id:guid}/calendar.ics", AssociationCalendar).WithSummary("An association's bookings as an iCalendar feed (token or secret link)").AllowAnonymous().Produces<string>(contentType: CalendarFeed.ContentType)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/{id:guid}/calendar-link", CreateCalendarLink).WithSummary("Create a secret calendar subscription link (revokes the previous one)").ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapDelete("/{id:guid}/calendar-link", RevokeCalendarLink).WithSummary("Revoke the calendar subscription link").ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    // From and to are local dates (default: from today, a year ahead); cancelled bookings are included.
    public static async Task<Results<Ok<List<BookingResponse>>, ProblemHttpResult>> ListBookings(
        Guid id, DateOnly? from, DateOnly? to, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (!await Booker.MayManageAsync(db, id, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its bookings.");
        }

        var today = Copenhagen.Today(time.GetUtcNow());
        var start = Copenhagen.ToInstant(from ?? today, TimeOnly.MinValue)!.Value;
        var end = Copenhagen.ToInstant((to ?? today.AddYears(1)).AddDays(1), TimeOnly.MinValue)!.Value;
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.AssociationId == id && b.StartsAt >= start && b.StartsAt < end)
            .Join(db.Facilities, b => b.FacilityId, f => f.Id, (b, f) => new { Booking = b, f.Name })
            .OrderBy(x => x.Booking.StartsAt).Take(1000)
            .ToListAsync(ct);
        return TypedResults.Ok(bookings.Select(x => x.Booking.ToResponse(x.Name)).ToList());
    }

    // Confirmed and cancelled bookings from 30 days back to a year ahead (cancelled ones so that subscribed
    // calendars drop them). For the association's representatives and staff, or with the subscription's secret.
    public static async Task<Results<ContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult>> AssociationCalendar(
        Guid id, string? token, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var subscribed = token is not null
            && Secrets.Matches(token, await db.CalendarLinks.Where(l => l.AssociationId == id).Select(l => l.TokenHash).FirstOrDefaultAsync(ct));
        if (!subscribed && user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Unauthorized();
        }

        if (!subscribed && !await Booker.MayManageAsync(db, id, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its bookings (or a calendar app with its subscription link).");
        }

        var now = time.GetUtcNow();
        var (from, to) = (now.AddDays(-30), now.AddYears(1));
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.AssociationId == id && b.StartsAt >= from && b.StartsAt < to)
            .Join(db.Facilities, b => b.FacilityId, f => f.Id, (b, f) => new { Booking = b, f.Name, f.Address })
            .OrderBy(x => x.Booking.StartsAt)
            .ToListAsync(ct);
        var name = await db.Set<AssociationReadModel.KnownAssociation>().Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(ct);
        return CalendarFeed.Write($"{name ?? "Forening"}: bookinger", bookings.Select(x => new CalendarFeed.Entry(
            x.Booking.Id, $"{x.Booking.Activity} ({x.Name})", x.Booking.StartsAt, x.Booking.EndsAt, $"{x.Name}, {x.Address}",
            x.Booking.Price > 0 ? $"Pris: {x.Booking.Price:0.00} kr." : null, x.Booking.Status == BookingStatus.Cancelled)), now);
    }

    public static async Task<Results<Ok<CalendarLinkResponse>, ProblemHttpResult>> CreateCalendarLink(
        Guid id, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (!await Booker.MayManageAsync(db, id, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff make its calendar link.");
        }

        var token = Secrets.NewToken();
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO calendar_links (association_id, token_hash, created_at) VALUES ({id}, {Secrets.Hash(token)}, {now})
            ON CONFLICT (association_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at
            """, ct);
        return TypedResults.Ok(new CalendarLinkResponse(id, $"/api/bookings/associations/{id}/calendar.ics?token={token}", now));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeCalendarLink(Guid id, BookingDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await Booker.MayManageAsync(db, id, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff revoke its calendar link.");
        }

        await db.CalendarLinks.Where(l => l.AssociationId == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }
}
