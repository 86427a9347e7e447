using System.Security.Claims;
using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Booking;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Apis;

// Facilities: public to read (with availability, free-facility search and a busy-time calendar), staff to manage.
public static class FacilitiesApi
{
    public const int MaxAvailabilityDays = 14;

    public static IEndpointRouteBuilder MapFacilitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/facilities").WithTags("Facilities");
        api.MapGet("/", ListFacilities).WithSummary("Facilities, filtered by town, kind, capacity and accessibility");
        api.MapGet("/available", FindAvailable).WithSummary("Find facilities free for a whole time window on a date");
        api.MapGet("/{id:guid}", GetFacility).WithSummary("Get one facility with opening hours, equipment and prices").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/availability", GetAvailability).WithSummary("Busy and free time of a facility, day by day (no names)").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/series-preview", PreviewSeries).WithSummary("Which dates of a weekly series are free, before booking it (no names)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/calendar.ics", FacilityCalendar).WithSummary("A facility's busy time as an iCalendar feed").Produces<string>(contentType: CalendarFeed.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/closed-periods", ListClosedPeriods).WithSummary("A facility's closed periods").ProducesProblem(StatusCodes.Status404NotFound);

        var staff = api.MapGroup("").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        staff.MapPost("/", CreateFacility).WithSummary("Create a facility (staff)");
        staff.MapPut("/{id:guid}", UpdateFacility).WithSummary("Change a facility (staff)").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/{id:guid}/bookings", ListFacilityBookings).WithSummary("Who booked a facility from–to, with names and attendance (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/{id:guid}/closed-periods", AddClosedPeriod).WithSummary("Close a facility for a period (staff)").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapDelete("/{id:guid}/closed-periods/{periodId:guid}", RemoveClosedPeriod).WithSummary("Remove a closed period (staff)").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    // people: room for at least that many; wheelchairAccess / hearingLoop: true to ask for it.
    public static async Task<Ok<List<FacilityResponse>>> ListFacilities(
        BookingDbContext db, string? town, FacilityKind? kind, int? people, bool? wheelchairAccess, bool? hearingLoop, CancellationToken ct)
    {
        var facilities = await db.Facilities.AsNoTracking()
            .Where(f => town == null || f.Town == town)
            .Where(f => kind == null || f.Kind == kind)
            .Where(f => people == null || f.Capacity >= people)
            .Where(f => wheelchairAccess != true || f.WheelchairAccess)
            .Where(f => hearingLoop != true || f.HearingLoop)
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

    // Facilities of a kind, in a town, for a number of people, that are open and free on a date from–to (local).
    public static async Task<Results<Ok<List<FacilityResponse>>, ValidationProblem>> FindAvailable(
        DateOnly? date, TimeOnly? from, TimeOnly? to, FacilityKind? kind, string? town, int? people, BookingDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        BookingValidation.Times(errors, date, "date", from, to);
        if (people is < 1)
        {
            errors["people"] = ["The number of people is at least 1."];
        }

        if (errors.Count > 0 || Copenhagen.ToInstant(date!.Value, from!.Value) is not { } startsAt || Copenhagen.ToInstant(date.Value, to!.Value) is not { } endsAt)
        {
            return TypedResults.ValidationProblem(errors.Count > 0 ? errors : new() { ["from"] = ["That time does not exist on that date in Denmark."] });
        }

        var day = date.Value;
        var candidates = await db.Facilities.AsNoTracking()
            .Where(f => (kind == null || f.Kind == kind) && (town == null || f.Town == town) && (people == null || f.Capacity >= people))
            .Where(f => !db.ClosedPeriods.Any(p => p.FacilityId == f.Id && p.From <= day && p.To >= day))
            .Where(f => !db.Bookings.Any(b => b.FacilityId == f.Id && b.Status == BookingStatus.Confirmed && b.StartsAt >= startsAt.AddDays(-1)
                && b.StartsAt < endsAt && b.EndsAt > startsAt))
            .OrderBy(f => f.Town).ThenBy(f => f.Capacity).ThenBy(f => f.Name)
            .ToListAsync(ct);
        var open = candidates.Where(f => f.OpenOn(day.DayOfWeek) is { } h && h.Opens <= from && to <= h.Closes);
        return TypedResults.Ok(open.Select(f => f.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<List<DayAvailability>>, ValidationProblem, ProblemHttpResult>> GetAvailability(
        Guid id, DateOnly? date, int? days, BookingDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (days is < 1 or > MaxAvailabilityDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"Ask for 1–{MaxAvailabilityDays} days."] });
        }

        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return Problems.NotFound($"No facility has id {id}.");
        }

        var first = date ?? Copenhagen.Today(time.GetUtcNow());
        var dates = Enumerable.Range(0, days ?? 1).Select(first.AddDays).ToList();
        var last = dates[^1];
        var from = Copenhagen.ToInstant(first, TimeOnly.MinValue)!.Value;
        var to = Copenhagen.ToInstant(last.AddDays(1), TimeOnly.MinValue)!.Value;
        var busy = await db.Bookings.AsNoTracking()
            .Where(b => b.FacilityId == id && b.Status == BookingStatus.Confirmed && b.StartsAt >= from.AddDays(-1) && b.StartsAt < to && b.EndsAt > from)
            .Select(b => new { b.StartsAt, b.EndsAt }).ToListAsync(ct);
        var closed = await db.ClosedPeriods.AsNoTracking().Where(p => p.FacilityId == id && p.From <= last && p.To >= first).ToListAsync(ct);
        return TypedResults.Ok(dates.Select(d => Availability.ForDay(facility, d, closed.FirstOrDefault(p => p.Covers(d)),
            busy.Select(b => (b.StartsAt, b.EndsAt)))).ToList());
    }

    // The same checks as booking the series (POST /api/bookings/series) makes, without the lock: a preview can be
    // overtaken by someone booking meanwhile, and the booking then says so.
    public static async Task<Results<Ok<SeriesPreviewResponse>, ValidationProblem, ProblemHttpResult>> PreviewSeries(
        Guid id, DateOnly? firstDate, DateOnly? lastDate, TimeOnly? start, TimeOnly? end, BookingDbContext db, ClaimsPrincipal user, TimeProvider time,
        CancellationToken ct)
    {
        var errors = new CreateSeriesRequest(id, null, firstDate, lastDate, start, end, "preview").Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return Problems.NotFound($"No facility has id {id}.");
        }

        var now = time.GetUtcNow();
        var rules = BookingRules.Check(facility, firstDate!.Value, start!.Value, end!.Value, now, user.IsStaff())
            .Union(BookingRules.Check(facility, lastDate!.Value, start.Value, end.Value, now, user.IsStaff())).ToList();
        var dates = BookingRules.Weekly(firstDate.Value, lastDate.Value);
        var conflicts = await db.ConflictsAsync(facility, dates, start.Value, end.Value, ct);
        return TypedResults.Ok(new SeriesPreviewResponse(id, [.. rules.Select(r => r.Text)], [.. rules.Select(r => r.Code)], dates.Select(d => conflicts.FirstOrDefault(c => c.Date == d) is { } c
            ? new SeriesPreviewDate(d, false, c.Start is null, c.Start, c.End, c.Reason)
            : new SeriesPreviewDate(d, true, false, null, null, null)).ToList()));
    }

    // Public: busy times only, no names; a year ahead.
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> FacilityCalendar(Guid id, BookingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return Problems.NotFound($"No facility has id {id}.");
        }

        var now = time.GetUtcNow();
        var (from, to) = (now.AddDays(-30), now.AddYears(1));
        var busy = await db.Bookings.AsNoTracking()
            .Where(b => b.FacilityId == id && b.Status == BookingStatus.Confirmed && b.StartsAt >= from && b.StartsAt < to)
            .OrderBy(b => b.StartsAt).Select(b => new { b.Id, b.StartsAt, b.EndsAt }).ToListAsync(ct);
        return CalendarFeed.Write($"{facility.Name}: optaget",
            busy.Select(b => new CalendarFeed.Entry(b.Id, "Optaget", b.StartsAt, b.EndsAt, $"{facility.Name}, {facility.Address}")), now);
    }

    public static async Task<Results<Created<FacilityResponse>, ValidationProblem>> CreateFacility(FacilityRequest request, BookingDbContext db, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var facility = new Facility { Name = "", Town = "", Address = "" };
        request.ApplyTo(facility);
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/facilities/{facility.Id}", facility.ToResponse());
    }

    // Changed rules apply to new bookings; existing bookings stay as they are.
    public static async Task<Results<Ok<FacilityResponse>, ValidationProblem, ProblemHttpResult>> UpdateFacility(
        Guid id, FacilityRequest request, BookingDbContext db, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var facility = await db.Facilities.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return Problems.NotFound($"No facility has id {id}.");
        }

        request.ApplyTo(facility);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(facility.ToResponse());
    }

    public static async Task<Results<Ok<List<ClosedPeriodResponse>>, ProblemHttpResult>> ListClosedPeriods(Guid id, BookingDbContext db, CancellationToken ct)
    {
        if (!await db.Facilities.AnyAsync(f => f.Id == id, ct))
        {
            return Problems.NotFound($"No facility has id {id}.");
        }

        var periods = await db.ClosedPeriods.AsNoTracking().Where(p => p.FacilityId == id).OrderBy(p => p.From).ToListAsync(ct);
        return TypedResults.Ok(periods.Select(p => p.ToResponse()).ToList());
    }

    // Staff's view of a facility: every confirmed booking between two local dates (inclusive, at most 62 days), e.g.
    // for the week table with names or the bookings a closed period would hit.
    public static async Task<Results<Ok<List<BookingResponse>>, ValidationProblem, ProblemHttpResult>> ListFacilityBookings(
        Guid id, DateOnly? from, DateOnly? to, BookingDbContext db, CancellationToken ct)
    {
        if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > 62)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Give from and to as dates (yyyy-MM-dd), at most 62 days apart."] });
        }

        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return Problems.NotFound($"No facility has id {id}.");
        }

        var start = Copenhagen.ToInstant(from.Value, TimeOnly.MinValue)!.Value;
        var end = Copenhagen.ToInstant(to.Value.AddDays(1), TimeOnly.MinValue)!.Value;
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.FacilityId == id && b.Status == BookingStatus.Confirmed && b.StartsAt < end && b.EndsAt > start)
            .OrderBy(b => b.StartsAt).Take(2000).ToListAsync(ct);
        return TypedResults.Ok(bookings.Select(b => b.ToResponse(facility.Name)).ToList());
    }

    // Bookings already made in the period are not cancelled; the answer counts them so staff can act, and the
    // event names them so their associations are told.
    public static async Task<Results<Created<ClosedPeriodCreated>, ValidationProblem, ProblemHttpResult>> AddClosedPeriod(
        Guid id, ClosedPeriodRequest request, BookingDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return Problems.NotFound($"No facility has id {id}.");
        }

        var period = new ClosedPeriod { FacilityId = id, From = request.From!.Value, To = request.To!.Value, Reason = request.Reason!.Trim() };
        var from = Copenhagen.ToInstant(period.From, TimeOnly.MinValue)!.Value;
        var to = Copenhagen.ToInstant(period.To.AddDays(1), TimeOnly.MinValue)!.Value;
        var affected = await db.Bookings.AsNoTracking()
            .Where(b => b.FacilityId == id && b.Status == BookingStatus.Confirmed && b.StartsAt < to && b.EndsAt > from)
            .OrderBy(b => b.StartsAt).Select(b => new AffectedBooking(b.Id, b.AssociationId, b.Activity, b.StartsAt, b.EndsAt)).ToListAsync(ct);
        db.ClosedPeriods.Add(period);
        db.AddEvent(new ClosedPeriodAdded(id, facility.Name, period.From, period.To, period.Reason, affected, time.GetUtcNow()), time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/facilities/{id}/closed-periods", new ClosedPeriodCreated(period.ToResponse(), affected.Count));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveClosedPeriod(Guid id, Guid periodId, BookingDbContext db, CancellationToken ct)
    {
        var removed = await db.ClosedPeriods.Where(p => p.Id == periodId && p.FacilityId == id).ExecuteDeleteAsync(ct);
        return removed == 0 ? Problems.NotFound($"Facility {id} has no closed period {periodId}.") : TypedResults.NoContent();
    }
}
