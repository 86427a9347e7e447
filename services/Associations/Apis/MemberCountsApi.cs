using System.Security.Claims;
using Frivillighed.Data;
using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Apis;

// Yearly member counts (FOL: the basis of activity grants, visible to the association): representatives
// report once per year, staff correct with a reason, every revision is kept.
public static class MemberCountsApi
{
    public static IEndpointRouteBuilder MapMemberCountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations").WithTags("Member counts");
        api.MapGet("/{id:guid}/member-counts", ListReports).WithSummary("An association's member counts per year, with corrections").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/member-counts", Report).WithSummary("Report the year's member counts per activity").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id:guid}/member-counts/{year:int}", Correct).WithSummary("Correct a year's member counts, with a reason (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/missing-member-counts", ListMissingMemberCounts).WithSummary("Associations that have not reported member counts for a year (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        return app;
    }

    public static async Task<Results<Ok<List<MemberCountResponse>>, ProblemHttpResult>> ListReports(
        Guid id, AssociationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await db.Associations.AnyAsync(a => a.Id == id, ct))
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff see its member counts.");
        }

        var reports = await db.MemberCountReports.AsNoTracking().Where(r => r.AssociationId == id)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Revision).ToListAsync(ct);
        return TypedResults.Ok(reports.Select(MemberCountResponse.From).ToList());
    }

    public static async Task<Results<Created<MemberCountResponse>, ValidationProblem, ProblemHttpResult>> Report(
        Guid id, MemberCountRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (MemberCountReport.Validate(request.Year, request.Lines, Copenhagen.Today(now)) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Associations.AnyAsync(a => a.Id == id, ct))
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff report its member counts.");
        }

        return await SaveAsync(db, time, NewReport(id, request.Year!.Value, 1, request.Lines!, user, now, null),
            $"The member count for {request.Year} is already reported; staff correct it with a reason.", ct);
    }

    public static async Task<Results<Created<MemberCountResponse>, ValidationProblem, ProblemHttpResult>> Correct(
        Guid id, int year, MemberCountCorrectionRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var errors = MemberCountReport.Validate(year, request.Lines, Copenhagen.Today(now));
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            errors["Reason"] = ["A correction needs a reason (at most 2000 characters)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var latest = await db.MemberCountReports.Where(r => r.AssociationId == id && r.Year == year).MaxAsync(r => (int?)r.Revision, ct);
        if (latest is null)
        {
            return Problems.NotFound($"Association {id} has no member count for {year} to correct.");
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = now, ActorId = user.UserId()!.Value, ActorName = user.Identity?.Name ?? "", AssociationId = id,
            Action = $"member count {year} corrected (revision {latest + 1})", Reason = request.Reason!.Trim(),
        });
        return await SaveAsync(db, time, NewReport(id, year, latest.Value + 1, request.Lines!, user, now, request.Reason!.Trim()),
            "Someone corrected this count at the same moment; read it again and retry.", ct);
    }

    // Approved associations without a member count for the year (default: last year).
    public static async Task<Ok<List<MissingMemberCountResponse>>> ListMissingMemberCounts(AssociationsDbContext db, TimeProvider time, int? year, CancellationToken ct)
    {
        var forYear = year ?? Copenhagen.Today(time.GetUtcNow()).Year - 1;
        var missing = await db.Associations.AsNoTracking()
            .Where(a => a.Status == AssociationStatus.Approved && !db.MemberCountReports.Any(r => r.AssociationId == a.Id && r.Year == forYear))
            .OrderBy(a => a.Name)
            .Select(a => new MissingMemberCountResponse(a.Id, a.Name, a.Town, forYear))
            .ToListAsync(ct);
        return TypedResults.Ok(missing);
    }

    private static MemberCountReport NewReport(Guid id, int year, int revision, IEnumerable<MemberCountLine> lines, ClaimsPrincipal user,
        DateTimeOffset now, string? reason) => new()
    {
        AssociationId = id, Year = year, Revision = revision,
        Lines = lines.Select(l => l with { Activity = l.Activity.Trim() }).ToList(),
        ReportedAt = now, ReportedById = user.UserId()!.Value, ReportedByName = user.Identity?.Name ?? "", CorrectionReason = reason,
    };

    private static async Task<Results<Created<MemberCountResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        AssociationsDbContext db, TimeProvider time, MemberCountReport report, string conflict, CancellationToken ct)
    {
        db.MemberCountReports.Add(report);
        db.AddEvent(new MemberCountReported(report.AssociationId, report.Year, report.Revision, report.Under25, report.Age25AndOver, report.ReportedAt), time);
        if (await db.SaveOrConflictAsync(ct, duplicate: conflict) is { } refused)
        {
            return refused;
        }

        return TypedResults.Created($"/api/associations/{report.AssociationId}/member-counts", MemberCountResponse.From(report));
    }
}
