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
        app.MapGet("/min-forening/{id:guid}/dokumenter/{documentId:guid}", (Guid id, Guid documentId, IHttpClientFactory http, CancellationToken ct) =>
            PassThroughAsync(http, $"/api/associations/{id}/documents/{documentId}", null, ct)).RequireAuthorization();
        var staff = app.MapGroup("/kommune").RequireAuthorization(policy => policy.RequireRole("staff"));
        staff.MapGet("/foreninger.csv", (IHttpClientFactory http, CancellationToken ct) => PassThroughAsync(http, "/api/associations/export.csv", "foreninger.csv", ct));
        staff.MapGet("/puljer/{id:guid}/bevillinger.csv", (Guid id, IHttpClientFactory http, CancellationToken ct) =>
            PassThroughAsync(http, $"/api/grants/pools/{id}/ledger.csv", "bevillinger.csv", ct));
        staff.MapGet("/puljer/{id:guid}/runder/{roundId:guid}/ansoegninger.csv", (Guid id, Guid roundId, IHttpClientFactory http, CancellationToken ct) =>
            PassThroughAsync(http, $"/api/grants/pools/{id}/rounds/{roundId}/export.csv", "ansoegninger.csv", ct));
        return app;
    }

    public const string Gateway = "downloads";

    // A file the API makes or keeps (the register, a ledger, a round's applications, an association's document),
    // under a Danish file name or the API's own. The API decides who may have it.
    private static async Task<IResult> PassThroughAsync(IHttpClientFactory http, string path, string? fileName, CancellationToken ct)
    {
        using var response = await http.CreateClient(Gateway).GetAsync(path, ct);
        return response.IsSuccessStatusCode
            ? Results.File(await response.Content.ReadAsByteArrayAsync(ct), response.Content.Headers.ContentType?.ToString() ?? "text/csv; charset=utf-8",
                fileName ?? response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'))
            : Results.StatusCode((int)response.StatusCode);
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
