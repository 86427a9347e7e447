using System.Security.Claims;
using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Volunteering;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Apis;

// The municipality's insurance register for volunteers (Serviceloven §18a): staff record the efforts agreed in
// advance and ask whether someone was covered; the volunteer reads the cover through a personal link.
public static class VolunteerInsuranceApi
{
    public static IEndpointRouteBuilder MapVolunteerInsuranceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations/volunteer-insurance").WithTags("Volunteer insurance");
        api.MapGet("/cover/{id:guid}", CoverConfirmation).WithSummary("A volunteer's confirmation of cover, through the personal link's token")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var staff = api.MapGroup("").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        staff.MapPost("/agreements", RecordAgreement).WithSummary("Record a volunteer effort agreed in advance (staff)").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        staff.MapGet("/agreements", ListAgreements).WithSummary("The register, newest first, optionally searched by volunteer, task or department (staff)");
        staff.MapPost("/agreements/{id:guid}/end", EndAgreement).WithSummary("End an agreement early (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/coverage", Coverage).WithSummary("Was this person covered on this date (for this task)? (staff)");
        staff.MapGet("/counts", CoverCounts).WithSummary("Agreed efforts per department and year (staff)");
        return app;
    }

    public static async Task<Results<Created<VolunteerAgreementResponse>, ValidationProblem, ProblemHttpResult>> RecordAgreement(
        VolunteerAgreementRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (request.ForAssociationId is { } associationId)
        {
            var name = await db.Associations.Where(a => a.Id == associationId).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "The association";
            return Problems.Unprocessable($"{name}'s own activity is covered by the association's insurance, not by the municipality's scheme (Serviceloven §18a covers efforts agreed with the municipality).");
        }

        var now = time.GetUtcNow();
        var token = Secrets.NewToken();
        var agreement = new VolunteerAgreement
        {
            VolunteerName = request.VolunteerName!.Trim(), VolunteerEmail = request.VolunteerEmail!.Trim(), VolunteerPhone = request.VolunteerPhone?.Trim(),
            Task = request.Task!.Trim(), Place = request.Place!.Trim(), From = request.From!.Value, To = request.To!.Value, Department = request.Department!.Trim(),
            ResponsibleManager = request.ResponsibleManager!.Trim(), RecordedByName = user.Identity?.Name ?? "", RecordedAt = now, LinkTokenHash = Secrets.Hash(token),
        };
        db.VolunteerAgreements.Add(agreement);
        db.AddEvent(new VolunteerCoverAgreed(agreement.Id, agreement.VolunteerName, agreement.VolunteerEmail, agreement.Task, agreement.Place, agreement.From,
            agreement.To, agreement.Department, agreement.ResponsibleManager, CoverLink(agreement.Id, token), now), time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/associations/volunteer-insurance/agreements/{agreement.Id}", agreement.ToResponse());
    }

    public static async Task<Ok<List<VolunteerAgreementResponse>>> ListAgreements(AssociationsDbContext db, string? q, CancellationToken ct)
    {
        var query = db.VolunteerAgreements.AsNoTracking();
        if (q?.Trim() is { Length: > 0 } text)
        {
            var pattern = $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(a => EF.Functions.ILike(a.VolunteerName!, pattern) || EF.Functions.ILike(a.VolunteerEmail!, pattern)
                || EF.Functions.ILike(a.Task, pattern) || EF.Functions.ILike(a.Department, pattern));
        }

        var agreements = await query.OrderByDescending(a => a.RecordedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(agreements.Select(a => a.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<VolunteerAgreementResponse>, ValidationProblem, ProblemHttpResult>> EndAgreement(
        Guid id, EndAgreementRequest request, AssociationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (request.LastDay is null || string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["LastDay"] = ["Give the last day of cover and the reason."] });
        }

        var agreement = await db.VolunteerAgreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return Problems.NotFound($"No volunteer agreement has id {id}.");
        }

        if (agreement.EndEarly(request.LastDay.Value, request.Reason.Trim()) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        // A new personal link: the old one's secret is not kept, and the mail must lead to the changed cover.
        var token = Secrets.NewToken();
        agreement.LinkTokenHash = agreement.VolunteerEmail is null ? null : Secrets.Hash(token);
        if (agreement.VolunteerEmail is { } email)
        {
            db.AddEvent(new VolunteerCoverEnded(agreement.Id, agreement.VolunteerName!, email, agreement.Task, agreement.LastDay, agreement.EndReason!,
                CoverLink(agreement.Id, token), time.GetUtcNow()), time);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(agreement.ToResponse());
    }

    // Who: the volunteer's e-mail address or full name (case does not matter); when: a day; what: part of the task.
    public static async Task<Results<Ok<CoverAnswer>, ValidationProblem>> Coverage(
        AssociationsDbContext db, string? person, DateOnly? date, string? task, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(person) || date is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Person"] = ["Give the volunteer's e-mail address or name, and the date (yyyy-MM-dd)."] });
        }

        var who = person.Trim().ToLower();
        var theirs = await db.VolunteerAgreements.AsNoTracking()
            .Where(a => a.VolunteerEmail!.ToLower() == who || a.VolunteerName!.ToLower() == who)
            .OrderBy(a => a.From).ToListAsync(ct);
        var forTask = string.IsNullOrWhiteSpace(task) ? theirs : theirs.Where(a => a.Task.Contains(task.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        var covering = forTask.Where(a => a.Covers(date.Value)).ToList();
        var day = date.Value.ToString("yyyy-MM-dd");
        var answer = covering.Count > 0
            ? $"Covered on {day}: agreed with {covering[0].ResponsibleManager} ({covering[0].Department}) for \"{covering[0].Task}\" from {covering[0].From:yyyy-MM-dd} to {covering[0].LastDay:yyyy-MM-dd}."
            : theirs.Count == 0 ? $"Not covered on {day}: the register has no agreement with {person.Trim()}."
            : forTask.Count == 0 ? $"Not covered on {day}: {person.Trim()} has agreements, but none for \"{task!.Trim()}\"."
            : $"Not covered on {day}: no agreement of {person.Trim()}{(string.IsNullOrWhiteSpace(task) ? "" : $" for \"{task.Trim()}\"")} runs that day.";
        return TypedResults.Ok(new CoverAnswer(covering.Count > 0, answer, (covering.Count > 0 ? covering : forTask).Select(a => a.ToResponse()).ToList()));
    }

    public static async Task<Ok<List<CoverCount>>> CoverCounts(AssociationsDbContext db, CancellationToken ct)
    {
        var counts = await db.VolunteerAgreements.AsNoTracking().GroupBy(a => new { a.Department, a.From.Year })
            .Select(g => new CoverCount(g.Key.Department, g.Key.Year, g.Count())).ToListAsync(ct);
        return TypedResults.Ok(counts.OrderByDescending(c => c.Year).ThenBy(c => c.Department).ToList());
    }

    public static async Task<Results<Ok<CoverConfirmation>, ProblemHttpResult>> CoverConfirmation(
        Guid id, string? token, AssociationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var agreement = await db.VolunteerAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null || !Secrets.Matches(token, agreement.LinkTokenHash))
        {
            return Problems.NotFound("The link is not valid (or the agreement's personal data has been deleted).");
        }

        return TypedResults.Ok(new CoverConfirmation(agreement.VolunteerName!, agreement.Task, agreement.Place, agreement.From, agreement.LastDay,
            agreement.EndedEarlyOn, agreement.Department, agreement.ResponsibleManager, agreement.Covers(Copenhagen.Today(time.GetUtcNow()))));
    }

    private static string CoverLink(Guid id, string token) => $"/frivillig/forsikring/{id}?token={token}";

    private static VolunteerAgreementResponse ToResponse(this VolunteerAgreement a) => new(
        a.Id, a.VolunteerName, a.VolunteerEmail, a.VolunteerPhone, a.Task, a.Place, a.From, a.To, a.LastDay, a.Department, a.ResponsibleManager,
        a.RecordedByName, a.RecordedAt, a.EndedEarlyOn, a.EndReason, a.PersonalDataDeletedAt is not null);
}
