using System.Security.Claims;
using Frivillighed.AssociationReadModel;
using Frivillighed.Contracts.Booking;
using Frivillighed.Contracts.Events;
using Frivillighed.Data;
using Frivillighed.Events.Data;
using Frivillighed.Events.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Apis;

// Events: a public calendar; staff (and, when Events:AssociationsMayOrganize, associations' representatives)
// organise them. An event at a facility waits for the Booking service to book it (the venue saga).
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events");
        api.MapGet("/", ListUpcomingEvents).WithSummary("Upcoming events, filtered by kind, town, date range, organiser and words");
        api.MapGet("/calendar.ics", Calendar).WithSummary("Upcoming events as an iCalendar feed").Produces<string>(contentType: CalendarFeed.ContentType);
        api.MapGet("/{id:guid}", GetEvent).WithSummary("Get one event with seats left and sessions").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/calendar.ics", EventCalendar).WithSummary("One event as an iCalendar file").Produces<string>(contentType: CalendarFeed.ContentType).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/all", ListAllEvents).WithSummary("Every event not yet over, in any status and audience, soonest first (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy);

        var organisers = api.MapGroup("").RequireAuthorization();
        organisers.MapPost("/", CreateEvent).WithSummary("Create an event (staff or an association's representative)").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        organisers.MapPut("/{id:guid}", ChangeEvent).WithSummary("Change an event")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        organisers.MapPost("/{id:guid}/cancel", CancelEvent).WithSummary("Cancel an event")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    // Published events not yet over, public and for associations (invited-only events are shared by link);
    // kind, town, organising association and local dates from–to filter; q keeps the events where every word is
    // found in the title, description, venue or town.
    public static async Task<Ok<List<EventResponse>>> ListUpcomingEvents(
        EventKind? kind, string? town, DateOnly? from, DateOnly? to, Guid? associationId, string? q, EventsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var start = from is { } f ? Copenhagen.ToInstant(f, TimeOnly.MinValue)!.Value : now;
        var end = to is { } t ? Copenhagen.ToInstant(t.AddDays(1), TimeOnly.MinValue)!.Value : DateTimeOffset.MaxValue;
        var listed = Listed(db, now).Where(e => (kind == null || e.Kind == kind) && (town == null || e.Town == town)
            && (associationId == null || e.OrganizerAssociationId == associationId) && e.EndsAt > start && e.StartsAt < end);
        foreach (var word in (q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10))
        {
            var pattern = "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            listed = listed.Where(e => EF.Functions.ILike(e.Title, pattern) || EF.Functions.ILike(e.Description, pattern)
                || EF.Functions.ILike(e.Venue, pattern) || EF.Functions.ILike(e.Town, pattern));
        }

        var events = await listed.OrderBy(e => e.StartsAt).Take(500).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var sessions = (await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.EventId)).ToListAsync(ct)).ToLookup(s => s.EventId);
        return TypedResults.Ok(events.Select(e => e.ToResponse(sessions[e.Id])).ToList());
    }

    // What staff administer: published, invited-only, awaiting or refused a venue, and cancelled, filtered by status.
    public static async Task<Ok<List<EventResponse>>> ListAllEvents(EventStatus? status, EventsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var events = await db.Events.AsNoTracking().Where(e => e.EndsAt > now && (status == null || e.Status == status))
            .OrderBy(e => e.StartsAt).Take(500).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var sessions = (await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.EventId)).ToListAsync(ct)).ToLookup(s => s.EventId);
        return TypedResults.Ok(events.Select(e => e.ToResponse(sessions[e.Id])).ToList());
    }

    public static async Task<ContentHttpResult> Calendar(EventsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var events = await Listed(db, now.AddDays(-30)).OrderBy(e => e.StartsAt).Take(1000).ToListAsync(ct);
        return CalendarFeed.Write("Faxe Kommune: frivillighed og foreningsliv", events.Select(Entry), now);
    }

    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> GetEvent(Guid id, EventsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (found is null || (found.Status != EventStatus.Published && found.Status != EventStatus.Cancelled && !await MayOrganiseAsync(db, found, user, ct)))
        {
            return Problems.NotFound($"No event has id {id}.");
        }

        return TypedResults.Ok(found.ToResponse(await db.Sessions.AsNoTracking().Where(s => s.EventId == id).ToListAsync(ct)));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> EventCalendar(Guid id, EventsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && (e.Status == EventStatus.Published || e.Status == EventStatus.Cancelled), ct);
        return found is null ? Problems.NotFound($"No event has id {id}.") : CalendarFeed.Write(found.Title, [Entry(found)], time.GetUtcNow());
    }

    public static async Task<Results<Created<EventResponse>, ValidationProblem, ProblemHttpResult>> CreateEvent(
        EventRequest request, EventsDbContext db, ClaimsPrincipal user, IConfiguration configuration, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await WhyMayNotCreateAsync(request, db, user, configuration, ct) is { } forbidden)
        {
            return Problems.Forbidden(forbidden);
        }

        var now = time.GetUtcNow();
        var startsAt = Copenhagen.ToInstant(request.Start!.Value)!.Value;
        var endsAt = Copenhagen.ToInstant(request.End!.Value)!.Value;
        var closes = request.RegistrationCloses is { } c ? Copenhagen.ToInstant(c) : startsAt;
        var opens = request.RegistrationOpens is { } o ? Copenhagen.ToInstant(o) : now;
        if (endsAt <= now || closes is null || opens is null || closes > endsAt)
        {
            return Problems.Unprocessable("The event must end in the future, and registration must close by the time it ends.");
        }

        var created = request.ToEvent(startsAt, endsAt, opens.Value, closes.Value, user, now);
        var sessions = request.ToSessions(created);
        db.Events.Add(created);
        db.Sessions.AddRange(sessions);
        if (created.Open(now) is { } venueRequest)
        {
            db.AddEvent(venueRequest, time);
        }
        else
        {
            db.AddEvent(created.Published(now), time);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/events/{created.Id}", created.ToResponse(sessions));
    }

    public static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> ChangeEvent(
        Guid id, EventChangeRequest request, EventsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Title is { Length: 0 or > 200 } || request.Description?.Length > 4000 || request.Capacity is not (null or (>= 1 and <= 100_000)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Title"] = ["A title is 1–200 characters, a description at most 4000, seats 1–100000."] });
        }

        return await db.InTransactionAsync<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var found = await db.Events.FromSql($"SELECT *, xmin FROM events WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(token);
            if (found is null)
            {
                return Problems.NotFound($"No event has id {id}.");
            }

            if (!await MayOrganiseAsync(db, found, user, token))
            {
                return Problems.Forbidden("Only staff and the event's organiser change it.");
            }

            if (found.WhyNotChange(request.Capacity) is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            var (changed, added) = found.Change(request.Title, request.Description, request.RegistrationOpens is { } opens ? Copenhagen.ToInstant(opens) : null,
                request.RegistrationCloses is { } closes ? Copenhagen.ToInstant(closes) : null, request.Capacity, time.GetUtcNow());
            db.AddEvent(changed, time);
            await db.SaveChangesAsync(token);
            if (added > 0)
            {
                await db.PromoteAsync(id, null, added, time, token);
            }

            await transaction.CommitAsync(token);
            var current = await db.Events.AsNoTracking().SingleAsync(e => e.Id == id, token);
            return TypedResults.Ok(current.ToResponse(await db.Sessions.AsNoTracking().Where(s => s.EventId == id).ToListAsync(token)));
        }, ct);
    }

    // Cancelling releases the venue: at once if it is booked, or when the Booking service's answer comes.
    public static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> CancelEvent(
        Guid id, ReasonRequest request, EventsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Reason"] = ["Say why the event is cancelled; participants see it."] });
        }

        var found = await db.Events.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (found is null)
        {
            return Problems.NotFound($"No event has id {id}.");
        }

        if (!await MayOrganiseAsync(db, found, user, ct))
        {
            return Problems.Forbidden("Only staff and the event's organiser cancel it.");
        }

        if (found.WhyNotCancel() is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        var registrations = await db.Registrations.CountAsync(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled, ct);
        var (cancelled, release) = found.Cancel(request.Reason, registrations, time.GetUtcNow());
        db.AddEvent(cancelled, time);
        if (release is not null)
        {
            db.AddEvent(release, time);
        }

        if (await db.SaveOrConflictAsync(ct, changed: "The event changed at the same moment (its venue was just confirmed); cancel again.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(found.ToResponse(await db.Sessions.AsNoTracking().Where(s => s.EventId == id).ToListAsync(ct)));
    }

    private static async Task<string?> WhyMayNotCreateAsync(EventRequest request, EventsDbContext db, ClaimsPrincipal user, IConfiguration configuration, CancellationToken ct) =>
        user.IsStaff() ? null
        : !configuration.GetValue("Events:AssociationsMayOrganize", false) ? "Only staff create events (the municipality has not opened this to associations)."
        : request.OrganizerAssociationId is not { } organiser || !await db.MayActForAsync(organiser, user, ct)
            ? "An association's event is created by its representative, naming it (organizerAssociationId)."
        : null;

    public static async Task<bool> MayOrganiseAsync(EventsDbContext db, PlatformEvent e, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsStaff() || (user.UserId() is { } userId && e.OrganizerId == userId)
        || (e.OrganizerAssociationId is { } association && await db.MayActForAsync(association, user, ct));

    private static IQueryable<PlatformEvent> Listed(EventsDbContext db, DateTimeOffset endsAfter) => db.Events.AsNoTracking()
        .Where(e => e.Status == EventStatus.Published && e.Audience != Audience.Invited && e.EndsAt > endsAfter);

    private static CalendarFeed.Entry Entry(PlatformEvent e) =>
        new(e.Id, e.Title, e.StartsAt, e.EndsAt, $"{e.Venue}, {e.Town}", e.Description, e.Status == EventStatus.Cancelled);
}
