using System.Text;
using Frivillighed.Portal.Clients.Events;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Portal.Apis;

// Files a page links to, made from the API's answer: an event's participants as CSV for the organiser's own
// check-in sheet. The Events API decides who may see them (403 otherwise).
public static class DownloadsApi
{
    public static IEndpointRouteBuilder MapDownloadsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/min-forening/{id:guid}/arrangementer/{eventId:guid}/deltagere.csv", Participants).RequireAuthorization();
        return app;
    }

    public static async Task<IResult> Participants(Guid id, Guid eventId, EventsClient events, CancellationToken ct)
    {
        try
        {
            var ev = await events.GetEventAsync(eventId, ct);
            if (ev.OrganizerAssociationId != id)
            {
                return Results.NotFound();
            }

            var participants = await events.CheckInListAsync(eventId, ct);
            var csv = Csv.Write(["navn", "e-mail", "status", "tilmeldt", "kost", "tilgaengelighed", "tjekket_ind"],
                participants.OrderBy(p => p.Status).ThenBy(p => p.Name).Select(p => new[]
                {
                    p.Name, p.Email, p.Status == RegistrationStatus.Confirmed ? "tilmeldt" : p.Status == RegistrationStatus.Waiting ? "venteliste" : "afmeldt",
                    Copenhagen.ToLocal(p.RegisteredAt).ToString("yyyy-MM-dd HH:mm"), p.Dietary, p.Accessibility,
                    p.CheckedInAt is { } at ? Copenhagen.ToLocal(at).ToString("yyyy-MM-dd HH:mm") : null,
                }));
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "deltagere.csv");
        }
        catch (Frivillighed.Portal.Clients.Associations.ApiException e) when (e.StatusCode is 403 or 404)
        {
            return Results.StatusCode(e.StatusCode);
        }
    }
}
