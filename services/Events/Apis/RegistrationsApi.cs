using System.Security.Claims;
using Frivillighed.AssociationReadModel;
using Frivillighed.Contracts.Events;
using Frivillighed.Data;
using Frivillighed.Events.Data;
using Frivillighed.Events.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Apis;

// Registration needs no account: a participant gets a personal link (with a secret) to see and cancel it.
// Seats are never more than capacity; when full, registrations wait in order and move up when a seat frees.
public static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Registrations");
        api.MapPost("/{id:guid}/registrations", Register).WithSummary("Register for an event (anonymous allowed); confirmed or on the waiting list").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/registrations/{registrationId:guid}", GetRegistration).WithSummary("Get a registration with its personal cancel token").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/registrations/{registrationId:guid}/cancel", CancelRegistration).WithSummary("Cancel a registration with its personal cancel token").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var organisers = api.MapGroup("").RequireAuthorization();
        organisers.MapGet("/{id:guid}/registrations", CheckInList).WithSummary("The participants of an event (organiser)").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        organisers.MapPost("/{id:guid}/registrations/{registrationId:guid}/check-in", CheckIn).WithSummary("Check a participant in (organiser)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Created<RegistrationResponse>, ValidationProblem, ProblemHttpResult>> Register(
        Guid id, RegistrationRequest request, EventsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.Status != EventStatus.AwaitingVenue && e.Status != EventStatus.VenueRejected, ct);
        if (found is null)
        {
            return Problems.NotFound($"No event has id {id}.");
        }

        var now = time.GetUtcNow();
        if (await RefusalAsync(found, request, db, user, now, ct) is { } refusal)
        {
            return refusal;
        }

        var sessions = request.Sessions?.Distinct().ToList() ?? [];
        var known = await db.Sessions.AsNoTracking().Where(s => s.EventId == id).ToDictionaryAsync(s => s.Id, s => s.Title, ct);
        if (sessions.Except(known.Keys).Any())
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Sessions"] = ["Choose sessions of this event's programme."] });
        }

        // The same id and link in every attempt: when a commit's answer is lost and the execution strategy runs all
        // of this again, the retry finds the registration made and answers with it, instead of taking a second seat.
        var (registrationId, token, attempts) = (Guid.CreateVersion7(), Secrets.NewToken(), 0);
        return await db.InTransactionAsync<Results<Created<RegistrationResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, cancel) =>
        {
            if (++attempts > 1 && await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId, cancel) is { } made)
            {
                return Created(made, await ResponseAsync(db, made, $"/api/events/registrations/{made.Id}/cancel?token={token}", cancel));
            }

            var (queueNumber, full) = await TakeSeatAsync(db, id, sessions, cancel);
            if (full is not null)
            {
                return Problems.Conflict($"The session '{known[full.Value]}' is full; choose other sessions.");
            }

            var registration = request.ToRegistration(registrationId, id, sessions, queueNumber, Secrets.Hash(token), now);
            db.Registrations.Add(registration);
            if (queueNumber is null)
            {
                db.AddEvent(registration.Confirmed(now), time);
            }

            // The mail's waiting-list place is the one the response gives: counted under the same transaction.
            var position = await WaitingPositionAsync(db, registration, cancel);
            db.AddEvent(registration.Registered(found, $"/arrangementer/tilmelding/{registration.Id}/afmeld?token={token}", position, now), time);

            await db.SaveChangesAsync(cancel);
            await transaction.CommitAsync(cancel);
            return Created(registration, await ResponseAsync(db, registration, $"/api/events/registrations/{registration.Id}/cancel?token={token}", cancel));
        }, ct);
    }

    public static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> GetRegistration(
        Guid registrationId, string? token, EventsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        if (registration is null)
        {
            return Problems.NotFound($"No registration has id {registrationId}.");
        }

        return Secrets.Matches(token, registration.CancelTokenHash) || user.IsStaff()
            ? TypedResults.Ok(await ResponseAsync(db, registration, null, ct))
            : Problems.Forbidden("Open your registration with the personal link you were given.");
    }

    // With the personal link (or by staff). A seat freed here goes to the first on the waiting list: the
    // RegistrationCancelled event does that, once (WaitingListPromoter).
    public static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> CancelRegistration(
        Guid registrationId, string? token, EventsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        return await db.InTransactionAsync<Results<Ok<RegistrationResponse>, ProblemHttpResult>>(async (transaction, cancel) =>
        {
            var registration = await db.Registrations.FromSql($"SELECT *, xmin FROM registrations WHERE id = {registrationId} FOR UPDATE").FirstOrDefaultAsync(cancel);
            if (registration is null)
            {
                return Problems.NotFound($"No registration has id {registrationId}.");
            }

            if (!Secrets.Matches(token, registration.CancelTokenHash) && !user.IsStaff())
            {
                return Problems.Forbidden("Cancel with the personal link you were given.");
            }

            if (registration.WhyNotCancel() is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            var cancelled = registration.Cancel(time.GetUtcNow());
            if (cancelled.SeatFreed)
            {
                await db.ReleaseAsync(registration.EventId, registration.SessionIds, cancel);
            }

            db.AddEvent(cancelled, time);
            await db.SaveChangesAsync(cancel);
            await transaction.CommitAsync(cancel);
            return TypedResults.Ok(await ResponseAsync(db, registration, null, cancel));
        }, ct);
    }

    public static async Task<Results<Ok<List<ParticipantResponse>>, ProblemHttpResult>> CheckInList(
        Guid id, EventsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (found is null)
        {
            return Problems.NotFound($"No event has id {id}.");
        }

        if (!await EventsApi.MayOrganiseAsync(db, found, user, ct))
        {
            return Problems.Forbidden("Only staff and the event's organiser see who is coming.");
        }

        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled)
            .OrderBy(r => r.Status).ThenBy(r => r.Name).ThenBy(r => r.RegisteredAt).ToListAsync(ct);
        return TypedResults.Ok(registrations.Select(r => r.ToParticipant()).ToList());
    }

    public static async Task<Results<Ok<ParticipantResponse>, ProblemHttpResult>> CheckIn(
        Guid id, Guid registrationId, EventsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == id, ct);
        if (found is null || registration is null)
        {
            return Problems.NotFound($"Event {id} has no registration {registrationId}.");
        }

        if (!await EventsApi.MayOrganiseAsync(db, found, user, ct))
        {
            return Problems.Forbidden("Only staff and the event's organiser check participants in.");
        }

        if (registration.WhyNotCheckIn() is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        registration.CheckIn(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(registration.ToParticipant());
    }

    // Why this person may not register now: the event's registration is not open (409), or it is not for them (403).
    private static async Task<ProblemHttpResult?> RefusalAsync(
        PlatformEvent found, RegistrationRequest request, EventsDbContext db, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        if (found.WhyNotRegister(now) is { } closed)
        {
            return Problems.Conflict(closed);
        }

        if (!found.Admits(request.InvitationCode))
        {
            return Problems.Forbidden("This event is for invited people; give the invitation code from your invitation.");
        }

        return (request.AssociationId is { } association ? !await db.MayActForAsync(association, user, ct) : found.Audience == Audience.AssociationsOnly)
            ? Problems.Forbidden(found.Audience == Audience.AssociationsOnly
                ? "This event is for associations: sign in as a representative and name your association."
                : $"You do not represent association {request.AssociationId}.")
            : null;
    }

    // A seat of the event and of each chosen session (FullSession names the first that is full; the transaction
    // is then rolled back), or, when the event is full, the next number of its waiting list.
    private static async Task<(long? QueueNumber, Guid? FullSession)> TakeSeatAsync(EventsDbContext db, Guid eventId, List<Guid> sessions, CancellationToken ct)
    {
        if (!await db.TryTakeAsync(eventId, forWaitingList: false, ct))
        {
            return (await db.TakeQueueNumberAsync(eventId, ct), null);
        }

        foreach (var session in sessions)
        {
            if (!await db.TryTakeSessionAsync(session, ct))
            {
                return (null, session);
            }
        }

        return (null, null);
    }

    private static Created<RegistrationResponse> Created(Registration r, RegistrationResponse response) =>
        TypedResults.Created($"/api/events/registrations/{r.Id}", response);

    private static async Task<RegistrationResponse> ResponseAsync(EventsDbContext db, Registration r, string? cancelLink, CancellationToken ct)
    {
        return new RegistrationResponse(r.Id, r.EventId, r.Status, await WaitingPositionAsync(db, r, ct), r.SessionIds, cancelLink);
    }

    // The waiting list's order is the queue number's (WaitingList.PromoteAsync promotes in the same order).
    private static async Task<int?> WaitingPositionAsync(EventsDbContext db, Registration r, CancellationToken ct) =>
        r.Status == RegistrationStatus.Waiting
            ? await db.Registrations.CountAsync(w => w.EventId == r.EventId && w.Status == RegistrationStatus.Waiting && w.QueueNumber < r.QueueNumber, ct) + 1
            : null;
}
