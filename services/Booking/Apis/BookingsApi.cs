using System.Security.Claims;
using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Frivillighed.Booking.Apis;

// One-off and weekly bookings. Every write that adds bookings holds the facility's row lock, and the
// exclusion constraint on (facility, time range) is what makes a double booking impossible.
public static class BookingsApi
{
    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/bookings").WithTags("Bookings").RequireAuthorization();
        api.MapPost("/", CreateBooking).WithSummary("Book a facility for a time range (Idempotency-Key supported)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/series", CreateSeries).WithSummary("Book a weekly series, all or nothing or skipping conflicts")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/{id:guid}", GetBooking).WithSummary("Get one booking").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/cancel", CancelBooking).WithSummary("Cancel a booking (late when less than 7 days ahead)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/series/{id:guid}", GetSeries).WithSummary("Get a weekly series with its occurrences").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/series/{id:guid}/cancel", CancelSeries).WithSummary("Cancel one occurrence or the rest of a series from a date")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Created<BookingResponse>, ValidationProblem, ProblemHttpResult>> CreateBooking(
        CreateBookingRequest request, [FromHeader(Name = Idempotency.Header)] string? idempotencyKey,
        BookingDbContext db, ClaimsPrincipal user, TimeProvider time, HttpResponse http, CancellationToken ct)
    {
        if (request.Validate().AndKey(idempotencyKey) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (date, start, end) = (request.Date!.Value, request.Start!.Value, request.End!.Value);
        var userId = user.UserId()!.Value;
        var hash = Idempotency.Hash("POST /api/bookings", request);
        return await db.InTransactionAsync<Results<Created<BookingResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var now = time.GetUtcNow();
            if (idempotencyKey is not null && await db.ClaimAsync(userId, idempotencyKey, hash, now, token) is { } earlier)
            {
                return Idempotency.Mismatch(earlier, hash) is { } mismatch ? mismatch : Idempotency.Replay<BookingResponse>(earlier, http);
            }

            var (facility, eligibility, refusal) = await CheckAsync(db, request, user, now, token);
            if (refusal is not null)
            {
                return refusal;
            }

            await db.LockFacilitiesAsync([facility!.Id], token);
            var price = eligibility!.PriceFor(facility, start, end);
            var quota = price > 0 && request.AssociationId is { } payer
                ? await db.TryTakeQuotaAsync(payer, facility.Kind, date, (int)(end - start).TotalMinutes, token)
                : null;
            var booking = db.AddBookings(facility, [date], start, end,
                new NewBooking(request.AssociationId, request.Activity!.Trim(), quota is null ? price : 0m, userId, user.Identity?.Name ?? "",
                    QuotaAwardId: quota),
                time).Single();
            var response = booking.ToResponse(facility.Name);
            var location = $"/api/bookings/{booking.Id}";
            if (!await CommitAsync(db, transaction, userId, idempotencyKey, location, response, token))
            {
                // Someone booked an overlapping time between the check and the lock: the constraint said no.
                return Conflicts(await db.ConflictsAsync(facility, [date], start, end, token));
            }

            return TypedResults.Created(location, response);
        }, ct);
    }

    public static async Task<Results<Created<SeriesResponse>, ValidationProblem, ProblemHttpResult>> CreateSeries(
        CreateSeriesRequest request, [FromHeader(Name = Idempotency.Header)] string? idempotencyKey,
        BookingDbContext db, ClaimsPrincipal user, TimeProvider time, HttpResponse http, CancellationToken ct)
    {
        if (request.Validate().AndKey(idempotencyKey) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (first, last, start, end) = (request.FirstDate!.Value, request.LastDate!.Value, request.Start!.Value, request.End!.Value);
        var userId = user.UserId()!.Value;
        var hash = Idempotency.Hash("POST /api/bookings/series", request);
        return await db.InTransactionAsync<Results<Created<SeriesResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var now = time.GetUtcNow();
            if (idempotencyKey is not null && await db.ClaimAsync(userId, idempotencyKey, hash, now, token) is { } earlier)
            {
                return Idempotency.Mismatch(earlier, hash) is { } mismatch ? mismatch : Idempotency.Replay<SeriesResponse>(earlier, http);
            }

            if ((await db.LockFacilitiesAsync([request.FacilityId!.Value], token)).SingleOrDefault() is not { } facility)
            {
                return Problems.NotFound($"No facility has id {request.FacilityId}.");
            }

            var (eligibility, refusal) = await Booker.CheckAsync(db, request.AssociationId, user, token);
            if (refusal is not null)
            {
                return refusal;
            }

            if (BookingRules.CheckSeries(facility, first, last, start, end, now, user.IsStaff()) is { Count: > 0 } broken)
            {
                return BrokenRules(broken);
            }

            var dates = BookingRules.Weekly(first, last);
            var conflicts = await db.ConflictsAsync(facility, dates, start, end, token);
            var free = dates.Where(d => conflicts.All(c => c.Date != d)).ToList();
            if (conflicts.Count > 0 && (!request.SkipConflicts || free.Count == 0))
            {
                return Problems.Conflict(
                    $"{conflicts.Select(c => c.Date).Distinct().Count()} of the series' {dates.Count} dates cannot be booked; nothing was booked. "
                    + (free.Count == 0 ? "No date is free." : "Set skipConflicts to book the free dates only."),
                    new Dictionary<string, object?> { ["conflicts"] = conflicts });
            }

            var series = request.ToSeries(conflicts.Select(c => c.Date).Distinct().ToList(), userId, now);
            db.Series.Add(series);
            var bookings = db.AddBookings(facility, free, start, end,
                new NewBooking(request.AssociationId, series.Activity, eligibility!.PriceFor(facility, start, end), userId, user.Identity?.Name ?? "", series.Id),
                time);
            var response = series.ToResponse(bookings.Select(b => b.ToResponse(facility.Name)).ToList(), conflicts);
            var location = $"/api/bookings/series/{series.Id}";
            return await CommitAsync(db, transaction, userId, idempotencyKey, location, response, token)
                ? TypedResults.Created(location, response)
                : Problems.Conflict("The facility was booked for one of the dates at the same moment; nothing was booked. Try again.");
        }, ct);
    }

    public static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> GetBooking(Guid id, BookingDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await db.Bookings.AsNoTracking().Where(b => b.Id == id)
            .Join(db.Facilities, b => b.FacilityId, f => f.Id, (b, f) => new { Booking = b, f.Name }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Problems.NotFound($"No booking has id {id}.");
        }

        return await Booker.MayManageAsync(db, found.Booking.AssociationId, user, ct)
            ? TypedResults.Ok(found.Booking.ToResponse(found.Name))
            : Problems.Forbidden("Only the association's representatives and staff see its bookings.");
    }

    public static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> CancelBooking(
        Guid id, CancelBookingRequest? request, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
        await db.InTransactionAsync<Results<Ok<BookingResponse>, ProblemHttpResult>>(async (transaction, token) =>
        {
            var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == id, token);
            if (booking is null)
            {
                return Problems.NotFound($"No booking has id {id}.");
            }

            if (!await Booker.MayManageAsync(db, booking.AssociationId, user, token))
            {
                return Problems.Forbidden("Only the association's representatives and staff cancel its bookings.");
            }

            var now = time.GetUtcNow();
            if (Cancellable(booking, now) is { } notCancellable)
            {
                return notCancellable;
            }

            Cancel(db, booking, now, user, request?.Reason, time);
            await db.ReturnQuotaAsync(booking, token);
            if (await SaveOrConflictAsync(db, token) is { } conflict)
            {
                return conflict;
            }

            await transaction.CommitAsync(token);
            var facility = await db.Facilities.AsNoTracking().SingleAsync(f => f.Id == booking.FacilityId, token);
            return TypedResults.Ok(booking.ToResponse(facility.Name));
        }, ct);

    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> GetSeries(Guid id, BookingDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (series is null)
        {
            return Problems.NotFound($"No booking series has id {id}.");
        }

        if (!await Booker.MayManageAsync(db, series.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its bookings.");
        }

        return TypedResults.Ok(await SeriesResponseAsync(db, series, ct));
    }

    // Cancels the occurrences from a date on (default: all not yet begun); each is late or not on its own.
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> CancelSeries(
        Guid id, CancelBookingRequest? request, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var series = await db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (series is null)
        {
            return Problems.NotFound($"No booking series has id {id}.");
        }

        if (!await Booker.MayManageAsync(db, series.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff cancel its bookings.");
        }

        var now = time.GetUtcNow();
        var from = request?.From is { } date ? Copenhagen.ToInstant(date, TimeOnly.MinValue)!.Value : now;
        var cancelling = await db.Bookings
            .Where(b => b.SeriesId == id && b.Status == BookingStatus.Confirmed && b.StartsAt >= from && b.StartsAt > now)
            .ToListAsync(ct);
        if (cancelling.Count == 0)
        {
            return Problems.Conflict("The series has no confirmed occurrence left to cancel from that date.");
        }

        foreach (var booking in cancelling)
        {
            Cancel(db, booking, now, user, request?.Reason, time);
        }

        return await SaveOrConflictAsync(db, ct) is { } conflict ? conflict : TypedResults.Ok(await SeriesResponseAsync(db, series, ct));
    }

    private static ProblemHttpResult? Cancellable(FacilityBooking booking, DateTimeOffset now) =>
        booking.Status == BookingStatus.Cancelled ? Problems.Conflict($"Booking {booking.Id} was already cancelled on {booking.CancelledAt:yyyy-MM-dd}.")
        : booking.StartsAt <= now ? Problems.Conflict($"Booking {booking.Id} has already begun and can no longer be cancelled.")
        : null;

    // Cancelling at least seven days ahead is free; later is recorded as a late cancellation (Faxe rule 3.8).
    private static void Cancel(BookingDbContext db, FacilityBooking booking, DateTimeOffset now, ClaimsPrincipal user, string? reason, TimeProvider time)
    {
        var why = reason?.Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, 500)] : "Cancelled by the booker.";
        booking.Cancel(now, user.UserId(), why, BookingRules.IsLateCancellation(booking.StartsAt, now));
        db.AddEvent(booking.Cancelled(), time);
    }

    private static Task<ProblemHttpResult?> SaveOrConflictAsync(BookingDbContext db, CancellationToken ct) =>
        db.SaveOrConflictAsync(ct, changed: "The booking changed at the same moment (cancelled or recorded by someone else); read it again.");

    private static async Task<SeriesResponse> SeriesResponseAsync(BookingDbContext db, BookingSeries series, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().SingleAsync(f => f.Id == series.FacilityId, ct);
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.SeriesId == series.Id).OrderBy(b => b.StartsAt).ToListAsync(ct);
        // What held a skipped date then is not kept (it may have changed since); the date is.
        return series.ToResponse(bookings.Select(b => b.ToResponse(facility.Name)).ToList(),
            [.. series.SkippedDates.Select(d => new SlotConflict(d, null, null, "Skipped when the series was booked: the time was taken or closed."))]);
    }

    // rules: the sentences; ruleCodes: which rule each is (BrokenRule.Code), for a frontend's own words.
    // Everything that can refuse a booking, checked before the facility's lock so that refusals (most of them
    // conflicts, under contention) do not queue; the lock is held only for the insert and the commit.
    private static async Task<(Facility? Facility, Eligibility? Eligibility, ProblemHttpResult? Refusal)> CheckAsync(
        BookingDbContext db, CreateBookingRequest request, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        var (date, start, end) = (request.Date!.Value, request.Start!.Value, request.End!.Value);
        if (await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.FacilityId, ct) is not { } facility)
        {
            return (null, null, Problems.NotFound($"No facility has id {request.FacilityId}."));
        }

        var (eligibility, refusal) = await Booker.CheckAsync(db, request.AssociationId, user, ct);
        if (refusal is not null)
        {
            return (null, null, refusal);
        }

        if (BookingRules.Check(facility, date, start, end, now, user.IsStaff()) is { Count: > 0 } broken)
        {
            return (null, null, BrokenRules(broken));
        }

        var conflicts = await db.ConflictsAsync(facility, [date], start, end, ct);
        return conflicts.FirstOrDefault(c => c.Start is null) is { } closed ? (null, null, BrokenRules([new BrokenRule("Closed", closed.Reason)]))
            : conflicts.Count > 0 ? (null, null, Conflicts(conflicts))
            : (facility, eligibility, null);
    }

    public static ProblemHttpResult BrokenRules(List<BrokenRule> broken) => Problems.Unprocessable(string.Join(" ", broken.Select(r => r.Text)),
        new Dictionary<string, object?> { ["rules"] = broken.Select(r => r.Text).ToList(), ["ruleCodes"] = broken.Select(r => r.Code).ToList() });

    private static ProblemHttpResult Conflicts(List<SlotConflict> conflicts) =>
        Problems.Conflict(string.Join(" ", conflicts.Select(c => c.Reason)), new Dictionary<string, object?> { ["conflicts"] = conflicts });

    // Stores the answer for the idempotency key (if any) and commits. False: the exclusion constraint refused an
    // overlapping booking (the transaction is rolled back); the caller says which slot.
    private static async Task<bool> CommitAsync<T>(BookingDbContext db, IDbContextTransaction transaction,
        Guid userId, string? idempotencyKey, string location, T response, CancellationToken ct)
    {
        if (idempotencyKey is not null)
        {
            await db.StoreAnswerAsync(userId, idempotencyKey, location, response, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }

        await transaction.CommitAsync(ct);
        return true;
    }
}
