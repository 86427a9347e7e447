using System.Security.Claims;
using Frivillighed.Booking.Data;
using Frivillighed.Booking.Model;
using Frivillighed.Contracts.Booking;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Booking.Apis;

// The season allocation: staff open a round, associations request weekly slots in the window, the system
// drafts the allocation (SeasonAllocator), staff adjust it and publish it as weekly bookings for the season.
public static class SeasonsApi
{
    public static IEndpointRouteBuilder MapSeasonsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/seasons").WithTags("Season allocation");
        api.MapGet("/", ListRounds).WithSummary("Season allocation rounds");
        api.MapGet("/{id:guid}", GetRound).WithSummary("Get one season round").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/allocation", GetAllocation).WithSummary("The drafted or published allocation with a reason for every outcome").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var signedIn = api.MapGroup("").RequireAuthorization();
        signedIn.MapPost("/{id:guid}/requests", SubmitRequest).WithSummary("Submit a season request for a weekly slot")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        signedIn.MapDelete("/{id:guid}/requests/{requestId:guid}", WithdrawRequest).WithSummary("Withdraw a request while the round accepts requests")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        signedIn.MapGet("/{id:guid}/requests", ListRequests).WithSummary("Season requests of a round (own association's, or all for staff)").ProducesProblem(StatusCodes.Status403Forbidden);
        signedIn.MapGet("/{id:guid}/requests/{requestId:guid}", GetRequest).WithSummary("Get one season request with its outcome")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        var staff = api.MapGroup("").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        staff.MapPost("/", OpenRound).WithSummary("Open a season round with its request window (staff)");
        staff.MapPost("/{id:guid}/draft", Draft).WithSummary("Compute the draft allocation (staff)").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{id:guid}/requests/{requestId:guid}/outcome", AdjustOutcome).WithSummary("Adjust one request's outcome in the draft (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        staff.MapPost("/{id:guid}/publish", Publish).WithSummary("Publish the allocation as weekly bookings (staff)").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<List<SeasonRoundResponse>>> ListRounds(BookingDbContext db, CancellationToken ct)
    {
        var rounds = await db.SeasonRounds.AsNoTracking().OrderByDescending(r => r.SeasonStart).ToListAsync(ct);
        return TypedResults.Ok(rounds.Select(r => r.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<SeasonRoundResponse>, ProblemHttpResult>> GetRound(Guid id, BookingDbContext db, CancellationToken ct) =>
        await db.SeasonRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } round
            ? TypedResults.Ok(round.ToResponse())
            : Problems.NotFound($"No season round has id {id}.");

    public static async Task<Results<Created<SeasonRoundResponse>, ValidationProblem>> OpenRound(
        SeasonRoundRequest request, BookingDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var round = new SeasonRound
        {
            Name = request.Name!.Trim(), SeasonStart = request.SeasonStart!.Value, SeasonEnd = request.SeasonEnd!.Value,
            RequestsOpen = request.RequestsOpen!.Value, RequestsClose = request.RequestsClose!.Value, CreatedAt = time.GetUtcNow(),
        };
        db.SeasonRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/seasons/{round.Id}", round.ToResponse());
    }

    // Changing a wish is withdrawing it and sending a new one, while the window is open and nothing is drafted.
    public static async Task<Results<NoContent, ProblemHttpResult>> WithdrawRequest(
        Guid id, Guid requestId, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var found = await db.SeasonRequests.AsNoTracking().Where(r => r.Id == requestId && r.RoundId == id)
            .Join(db.SeasonRounds, r => r.RoundId, round => round.Id, (r, round) => new { r.AssociationId, Round = round }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Problems.NotFound($"Season round {id} has no request {requestId}.");
        }

        if (!await Booker.MayManageAsync(db, found.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff withdraw its requests.");
        }

        if (found.Round.Status != SeasonRoundStatus.Open || (!user.IsStaff() && !found.Round.AcceptsRequestsOn(Copenhagen.Today(time.GetUtcNow()))))
        {
            return Problems.Conflict($"{found.Round.Name} no longer accepts changes to requests (requests close {found.Round.RequestsClose:yyyy-MM-dd}).");
        }

        var deleted = await db.SeasonRequests.Where(r => r.Id == requestId && db.SeasonRounds.Any(round => round.Id == id && round.Status == SeasonRoundStatus.Open))
            .ExecuteDeleteAsync(ct);
        return deleted == 1 ? TypedResults.NoContent() : Problems.Conflict($"{found.Round.Name} was drafted meanwhile; the request is kept.");
    }

    public static async Task<Results<Created<SeasonRequestResponse>, ValidationProblem, ProblemHttpResult>> SubmitRequest(
        Guid id, SeasonRequestRequest request, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var round = await db.SeasonRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null)
        {
            return Problems.NotFound($"No season round has id {id}.");
        }

        var (eligibility, refusal) = await Booker.CheckAsync(db, request.AssociationId, user, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!eligibility!.Free)
        {
            return Problems.Unprocessable("Only approved associations take part in the season allocation (FOL §21); others may book residual time.");
        }

        var now = time.GetUtcNow();
        if (round.Status == SeasonRoundStatus.Published)
        {
            return Problems.Conflict($"{round.Name} is already published; book the remaining time directly.");
        }

        if (!user.IsStaff() && round.WhyNoRequestsOn(Copenhagen.Today(now)) is { } closed)
        {
            return Problems.Unprocessable(closed);
        }

        if (request.FacilityId is { } facilityId && !await db.Facilities.AnyAsync(f => f.Id == facilityId, ct))
        {
            return Problems.Unprocessable($"No facility has id {facilityId}.");
        }

        var seasonRequest = request.ToSeasonRequest(id, user.UserId()!.Value, now);
        db.SeasonRequests.Add(seasonRequest);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/seasons/{id}/requests/{seasonRequest.Id}", seasonRequest.ToResponse());
    }

    // Staff see every request of the round; a representative asks for their association's (associationId).
    public static async Task<Results<Ok<List<SeasonRequestResponse>>, ProblemHttpResult>> ListRequests(
        Guid id, Guid? associationId, BookingDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsStaff() && (associationId is null || !await Booker.MayManageAsync(db, associationId, user, ct)))
        {
            return Problems.Forbidden("Staff see all requests; a representative asks for their own association's with ?associationId=.");
        }

        var requests = await db.SeasonRequests.AsNoTracking()
            .Where(r => r.RoundId == id && (associationId == null || r.AssociationId == associationId))
            .OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.SubmittedAt)
            .ToListAsync(ct);
        return TypedResults.Ok(requests.Select(r => r.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<SeasonRequestResponse>, ProblemHttpResult>> GetRequest(
        Guid id, Guid requestId, BookingDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await db.SeasonRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId && r.RoundId == id, ct);
        if (request is null)
        {
            return Problems.NotFound($"Season round {id} has no request {requestId}.");
        }

        return await Booker.MayManageAsync(db, request.AssociationId, user, ct)
            ? TypedResults.Ok(request.ToResponse())
            : Problems.Forbidden("Only the association's representatives and staff see its season requests.");
    }

    // The published allocation is public: who has which weekly slot, and why.
    public static async Task<Results<Ok<List<SeasonRequestResponse>>, ProblemHttpResult>> GetAllocation(Guid id, BookingDbContext db, CancellationToken ct)
    {
        var round = await db.SeasonRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null)
        {
            return Problems.NotFound($"No season round has id {id}.");
        }

        if (round.Status != SeasonRoundStatus.Published)
        {
            return Problems.Conflict($"{round.Name} is not published yet; its draft is for staff.");
        }

        var requests = await db.SeasonRequests.AsNoTracking().Where(r => r.RoundId == id).OrderBy(r => r.Rank).ToListAsync(ct);
        return TypedResults.Ok(requests.Select(r => r.ToResponse()).ToList());
    }

    // Computes (or recomputes, discarding staff adjustments) the draft allocation of the round.
    public static async Task<Results<Ok<List<SeasonRequestResponse>>, ProblemHttpResult>> Draft(
        Guid id, BookingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var round = await db.SeasonRounds.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null)
        {
            return Problems.NotFound($"No season round has id {id}.");
        }

        if (round.Status == SeasonRoundStatus.Published)
        {
            return Problems.Conflict($"{round.Name} is already published.");
        }

        var now = time.GetUtcNow();
        var requests = await db.SeasonRequests.Where(r => r.RoundId == id).ToListAsync(ct);
        var facilities = await db.Facilities.AsNoTracking().ToListAsync(ct);
        var absence = await LastSeasonAbsenceAsync(db, round, now, ct);
        var results = SeasonAllocator.Allocate(round.Id,
            requests.Select(r => AllocationRequest.From(r, r.AssociationId is { } a ? absence.GetValueOrDefault(a) : null)).ToList(), facilities);
        foreach (var result in results)
        {
            var request = requests.Single(r => r.Id == result.RequestId);
            request.Outcome = result.Outcome;
            request.AllocatedFacilityId = result.FacilityId;
            request.AllocatedWeekday = result.Weekday;
            request.AllocatedStart = result.Start;
            request.Rank = result.Rank;
            request.Reason = result.Reason;
            request.ConflictsWith = result.ConflictsWith.ToList();
            request.AdjustedByStaff = false;
        }

        round.Status = SeasonRoundStatus.Drafted;
        round.DraftedAt = now;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(requests.OrderBy(r => r.Rank).Select(r => r.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<SeasonRequestResponse>, ValidationProblem, ProblemHttpResult>> AdjustOutcome(
        Guid id, Guid requestId, AdjustOutcomeRequest adjustment, BookingDbContext db, CancellationToken ct)
    {
        if (adjustment.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var round = await db.SeasonRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        var request = await db.SeasonRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.RoundId == id, ct);
        if (round is null || request is null)
        {
            return Problems.NotFound($"Season round {id} has no request {requestId}.");
        }

        if (round.WhyNotChangeAllocation() is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        var reason = $"Adjusted by staff: {adjustment.Reason!.Trim()}";
        if (adjustment.Outcome == SeasonOutcome.Rejected)
        {
            request.RejectByStaff(reason);
        }
        else if (await GrantByStaffAsync(db, round, request, adjustment, reason, ct) is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(request.ToResponse());
    }

    // Every grant becomes a weekly series for the rest of the season, all in one transaction: either the whole
    // allocation is booked or nothing is. Closed days are skipped; a date already booked by someone else stops
    // the publication (409 with the list) unless skipConflicts. A grant whose association can no longer book
    // (suspended, lapsed, withdrawn since it asked) is rejected with that reason.
    public static async Task<Results<Ok<SeasonPublished>, ProblemHttpResult>> Publish(
        Guid id, PublishSeasonRequest? options, BookingDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        return await db.InTransactionAsync<Results<Ok<SeasonPublished>, ProblemHttpResult>>(async (transaction, token) =>
        {
            var round = await db.SeasonRounds.FromSql($"SELECT * FROM season_rounds WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(token);
            if (round is null)
            {
                return Problems.NotFound($"No season round has id {id}.");
            }

            if (round.WhyNotChangeAllocation() is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            var now = time.GetUtcNow();
            var requests = await db.SeasonRequests.Where(r => r.RoundId == id).OrderBy(r => r.Rank).ToListAsync(token);
            var facilities = (await db.LockFacilitiesAsync(requests.Where(r => r.Granted).Select(r => r.AllocatedFacilityId!.Value).ToList(), token)).ToDictionary(f => f.Id);
            var plans = await PlanAsync(db, round, requests, facilities, Copenhagen.Today(now), token);
            var booked = plans.Select(p => new RequestConflicts(p.Request.Id, p.Conflicts.Where(c => c.Start is not null).ToList()))
                .Where(c => c.Conflicts.Count > 0).ToList();
            if (booked.Count > 0 && options?.SkipConflicts != true)
            {
                return Problems.Conflict(
                    $"{booked.Count} granted slot(s) are already booked on some dates; nothing was published. Adjust them, or publish with skipConflicts.",
                    new Dictionary<string, object?> { ["conflicts"] = booked });
            }

            // Tens of thousands of bookings at Faxe scale: written with COPY after the series, with their
            // BookingConfirmed outbox rows, before the round's own event; all in this transaction.
            var written = plans.Select(plan => Book(db, round, plan, user, now)).ToList();
            await db.SaveChangesAsync(token);
            var bookings = written.SelectMany(b => b.Bookings).ToList();
            await db.CopyAsync(bookings, token);
            await db.CopyAsync(bookings.Select(b => Outbox.Message(b.Confirmed(facilities[b.FacilityId].Name), time)).ToList(), token);
            var grants = written.Select(b => b.Grant).ToList();
            var outcomes = requests.Select(r => r.ToOutcome(r.AllocatedFacilityId is { } f && facilities.TryGetValue(f, out var given) ? given.Name : null)).ToList();
            db.AddEvent(round.Publish(grants, outcomes, now), time);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.Ok(new SeasonPublished(round.ToResponse(), grants.Count, requests.Count - grants.Count, grants.Sum(g => g.Bookings), booked));
        }, ct);
    }

    // The slot staff give must keep the facility's rules and not overlap another grant of the round.
    private static async Task<ProblemHttpResult?> GrantByStaffAsync(
        BookingDbContext db, SeasonRound round, SeasonRequest request, AdjustOutcomeRequest adjustment, string reason, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == adjustment.FacilityId, ct);
        if (facility is null)
        {
            return Problems.Unprocessable($"No facility has id {adjustment.FacilityId}.");
        }

        var (day, start) = (adjustment.Weekday!.Value, adjustment.Start!.Value);
        var end = start.AddMinutes(request.DurationMinutes);
        if (BookingRules.CheckWeekly(facility, day, start, end) is { Count: > 0 } broken)
        {
            return BookingsApi.BrokenRules(broken);
        }

        var overlapping = (await db.SeasonRequests.AsNoTracking()
                .Where(r => r.RoundId == round.Id && r.Id != request.Id && r.AllocatedFacilityId == facility.Id && r.AllocatedWeekday == day).ToListAsync(ct))
            .Where(r => r.Holds(facility.Id, day, start, end)).Select(r => r.Id).ToList();
        if (overlapping.Count > 0)
        {
            return Problems.Conflict($"{facility.Name} on {day}s {start:HH\\:mm}–{end:HH\\:mm} is already granted to request(s) {string.Join(", ", overlapping)}.",
                new Dictionary<string, object?> { ["conflictsWith"] = overlapping });
        }

        request.GrantByStaff(facility, day, start, reason);
        return null;
    }

    // The publication plan: each grant's dates and what already stands on them. A grant whose association can no
    // longer book, or with no week of the season left, is rejected here with that reason.
    private static async Task<List<(SeasonRequest Request, Facility Facility, List<DateOnly> Dates, List<SlotConflict> Conflicts)>> PlanAsync(
        BookingDbContext db, SeasonRound round, List<SeasonRequest> requests, Dictionary<Guid, Facility> facilities, DateOnly today, CancellationToken ct)
    {
        var plans = new List<(SeasonRequest, Facility, List<DateOnly>, List<SlotConflict>)>();
        var eligibility = await Booker.EligibilityAsync(db, requests.Where(r => r.Granted && r.AssociationId is not null).Select(r => r.AssociationId!.Value).ToList(), ct);
        var obstacles = await db.ObstaclesAsync(facilities.Keys, round.SeasonStart < today ? today : round.SeasonStart, round.SeasonEnd, ct);
        foreach (var request in requests.Where(r => r.Granted))
        {
            if (request.AssociationId is { } associationId && eligibility[associationId].Refusal is { } refusal)
            {
                request.Reject($"Rejected at publication: {refusal}");
                continue;
            }

            var dates = round.PublicationDates(request.AllocatedWeekday!.Value, today);
            if (dates.Count == 0)
            {
                request.Reject("Rejected at publication: no week of the season is left.");
                continue;
            }

            var facility = facilities[request.AllocatedFacilityId!.Value];
            plans.Add((request, facility, dates, obstacles.Conflicts(facility, dates, request.AllocatedStart!.Value, request.AllocatedEnd!.Value)));
        }

        return plans;
    }

    // One grant becomes a weekly series (added to the context) and its bookings (for the caller to write), skipping
    // the dates already booked.
    private static (SeasonGrant Grant, List<FacilityBooking> Bookings) Book(BookingDbContext db, SeasonRound round,
        (SeasonRequest Request, Facility Facility, List<DateOnly> Dates, List<SlotConflict> Conflicts) plan, ClaimsPrincipal user, DateTimeOffset now)
    {
        var (request, facility, dates, conflicts) = plan;
        var (start, end) = (request.AllocatedStart!.Value, request.AllocatedEnd!.Value);
        var series = new BookingSeries
        {
            FacilityId = facility.Id, AssociationId = request.AssociationId, SeasonRequestId = request.Id, Activity = request.Activity,
            FirstDate = dates[0], LastDate = dates[^1], Start = start, End = end,
            SkippedDates = conflicts.Select(c => c.Date).Distinct().ToList(), CreatedById = user.UserId()!.Value, CreatedAt = now,
        };
        db.Series.Add(series);
        var bookings = Schedule.NewBookings(facility, dates.Where(d => conflicts.All(c => c.Date != d)), start, end,
            new NewBooking(request.AssociationId, request.Activity, 0m, user.UserId()!.Value, user.Identity?.Name ?? "", series.Id, round.Id), now);
        request.SeriesId = series.Id;
        return (new SeasonGrant(request.Id, request.AssociationId, facility.Id, request.AllocatedWeekday!.Value, start, end, series.Id, bookings.Count), bookings);
    }

    // Share of last season's weekly bookings (those already held) that each association did not turn up for.
    private static async Task<Dictionary<Guid, double>> LastSeasonAbsenceAsync(BookingDbContext db, SeasonRound round, DateTimeOffset now, CancellationToken ct)
    {
        var previous = await db.SeasonRounds.AsNoTracking()
            .Where(r => r.Status == SeasonRoundStatus.Published && r.SeasonEnd < round.SeasonStart)
            .OrderByDescending(r => r.SeasonEnd).FirstOrDefaultAsync(ct);
        if (previous is null)
        {
            return [];
        }

        var held = await db.Bookings.AsNoTracking()
            .Where(b => b.SeasonRoundId == previous.Id && b.AssociationId != null && b.Status == BookingStatus.Confirmed && b.StartsAt < now)
            .GroupBy(b => b.AssociationId!.Value)
            .Select(g => new { Association = g.Key, Held = g.Count(), Absent = g.Count(b => b.Attendance == Attendance.NoShow) })
            .ToListAsync(ct);
        return held.ToDictionary(h => h.Association, h => (double)h.Absent / h.Held);
    }

}
