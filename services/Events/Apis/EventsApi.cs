using Frivillighed.Events.Data;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Events.Apis;

public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events");
        api.MapGet("/", ListUpcomingEvents);
        api.MapGet("/{id:guid}", GetEvent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<List<EventResponse>>> ListUpcomingEvents(EventsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var events = await db.Events.AsNoTracking().Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).ToListAsync(ct);
        return TypedResults.Ok(events.Select(e => e.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> GetEvent(Guid id, EventsDbContext db, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        return found is null
            ? Problems.NotFound($"No event has id {id}.")
            : TypedResults.Ok(found.ToResponse());
    }
}
