using System.Security.Claims;
using Frivillighed.Data;
using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frivillighed.Associations.Apis;

public static class AssociationsApi
{
    public static IEndpointRouteBuilder MapAssociationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations").WithTags("Associations");
        api.MapGet("/", ListAssociations).WithSummary("Search the directory of associations (Danish full text, town, activity area), paged");
        api.MapGet("/mine", ListMine).WithSummary("The associations the signed-in user represents, with their role").RequireAuthorization();
        api.MapGet("/{id:guid}", GetAssociation).WithSummary("Get one association").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", RegisterAssociation).WithSummary("Register a new association; the caller becomes its chair").RequireAuthorization().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/check", CheckRegistration).WithSummary("Check a registration without registering: every problem, the CVR number's use included").RequireAuthorization();
        api.MapPut("/{id:guid}", UpdateAssociation).WithSummary("Change the association's public data (its representatives or staff)").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}/obligations", GetObligations).WithSummary("What the association must do and by when (its representatives or staff)").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/status", ChangeStatus).WithSummary("Approve, reject, suspend, reinstate or withdraw an association (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/audit", ListAudit).WithSummary("The audit trail of staff decisions on associations (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        api.MapGet("/export.csv", ExportRegister).WithSummary("Download the register as CSV (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        return app;
    }

    // The public directory shows approved associations; staff see and filter the whole register.
    // q is a Danish full-text search over name, town and description: every word must match, as a prefix
    // ("sejl" finds "Sejlklub"), ranked by relevance; paging is stable (rank, then name, then id).
    public static async Task<Results<Ok<AssociationPage>, ValidationProblem>> ListAssociations(
        AssociationsDbContext db, ClaimsPrincipal user, string? q, AssociationStatus? status, string? town, ActivityArea? area,
        int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        if (page < 1 || pageSize is < 1 or > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["page"] = ["page starts at 1; pageSize is between 1 and 100."],
            });
        }

        if (!user.IsStaff())
        {
            status = AssociationStatus.Approved;
        }

        var query = db.Associations.AsNoTracking()
            .Where(a => status == null || a.Status == status)
            .Where(a => town == null || a.Town == town)
            .Where(a => area == null || a.ActivityAreas.Contains(area.Value));
        var tsQuery = SearchQuery.ToPrefixTsQuery(q);
        if (tsQuery is not null)
        {
            query = query.Where(a => a.SearchVector.Matches(EF.Functions.ToTsQuery("danish", tsQuery)));
        }

        var total = await query.CountAsync(ct);
        var ordered = tsQuery is null
            ? query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.SearchVector.Rank(EF.Functions.ToTsQuery("danish", tsQuery))).ThenBy(a => a.Name).ThenBy(a => a.Id);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new AssociationPage(items.Select(a => a.ToResponse()).ToList(), page, pageSize, total));
    }

    // Whatever their status: a representative sees their own associations while they await approval too.
    public static async Task<Ok<List<MyAssociationResponse>>> ListMine(AssociationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var mine = await db.Representatives.AsNoTracking().Where(r => r.UserId == userId)
            .Join(db.Associations.AsNoTracking(), r => r.AssociationId, a => a.Id, (r, a) => new { a, r.Role })
            .OrderBy(x => x.a.Name).ThenBy(x => x.a.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(mine.Select(x => new MyAssociationResponse(x.a.ToResponse(), x.Role)).ToList());
    }

    // An association that is not approved is visible only to staff and its own representatives (404 to others).
    public static async Task<Results<Ok<AssociationResponse>, ProblemHttpResult>> GetAssociation(
        Guid id, AssociationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var association = await db.Associations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (association is null
            || (association.Status != AssociationStatus.Approved && !await db.MayManageAsync(id, user, ct)))
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        return TypedResults.Ok(association.ToResponse());
    }

    // Whoever registers an association becomes its chair.
    public static async Task<Results<Created<AssociationResponse>, ValidationProblem, ProblemHttpResult>> RegisterAssociation(
        RegisterAssociationRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (request.Validate(Copenhagen.Today(now)) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var userId = user.UserId()!.Value;
        var association = Association.Register(request.ToDetails(), now, request.Fol4Statement);
        db.Associations.Add(association);
        db.Representatives.Add(new Representative
        {
            AssociationId = association.Id, UserId = userId, Name = user.Identity?.Name ?? "", Role = RepresentativeRole.Chair, AddedAt = now,
        });
        db.AddEvent(association.Registered(), time);
        db.AddEvent(new RepresentativeAdded(association.Id, userId, RepresentativeRole.Chair, now), time);
        if (await db.SaveOrConflictAsync(ct, duplicate: $"An association with CVR number {request.CvrNumber} is already registered.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/associations/{association.Id}", association.ToResponse());
    }

    // A step form asks after each step, so a mistake is shown where it was made, not at the end.
    public static async Task<Results<NoContent, ValidationProblem>> CheckRegistration(
        RegisterAssociationRequest request, AssociationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = request.Validate(Copenhagen.Today(time.GetUtcNow()));
        if (!errors.ContainsKey(nameof(request.CvrNumber)) && await db.Associations.AnyAsync(a => a.CvrNumber == request.CvrNumber, ct))
        {
            errors[nameof(request.CvrNumber)] = [$"An association with CVR number {request.CvrNumber} is already registered."];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<AssociationResponse>, ValidationProblem, ProblemHttpResult>> UpdateAssociation(
        Guid id, UpdateAssociationRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (association is null)
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff change its data.");
        }

        var now = time.GetUtcNow();
        var registration = request.WithCvrNumber(association.CvrNumber);
        if (registration.Validate(Copenhagen.Today(now)) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        db.AddEvent(association.Edit(registration.ToDetails(), now), time);
        if (await db.SaveOrConflictAsync(ct, changed: "The association was changed by someone else meanwhile; read it again and retry.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(association.ToResponse());
    }

    public static async Task<Results<Ok<ObligationsResponse>, ProblemHttpResult>> GetObligations(
        Guid id, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, IOptions<ChildSafetyOptions> options, CancellationToken ct)
    {
        var association = await db.Associations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (association is null)
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff see what it must do.");
        }

        var today = Copenhagen.Today(time.GetUtcNow());
        var reported = await db.MemberCountReports.AnyAsync(r => r.AssociationId == id && r.Year == today.Year - 1, ct);
        var obligations = Obligations.For(association, reported, today, options.Value.DeadlineIn(today.Year));
        return TypedResults.Ok(ObligationsResponse.From(id, association.Status, obligations));
    }

    public static async Task<Results<Ok<AssociationResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatus(
        Guid id, ChangeStatusRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (association is null)
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (Association.WhyNotAllowed(association.Status, request.Status!.Value) is { } why)
        {
            return Problems.Conflict(why);
        }

        // Approving (or reinstating) needs every §4 condition confirmed.
        if (request.Status == AssociationStatus.Approved && request.Checklist?.Unmet() is not { Count: 0 })
        {
            var unmet = request.Checklist?.Unmet() ?? ["the §4 checklist"];
            return Problems.Unprocessable($"Approval under Folkeoplysningsloven §4 needs: {string.Join(", ", unmet)}.");
        }

        var now = time.GetUtcNow();
        var changed = association.ChangeStatus(request.Status.Value, request.Reason!.Trim(), now);
        db.AddEvent(changed, time);
        if (changed.Status == AssociationStatus.Approved)
        {
            db.AddEvent(new AssociationApproved(id, association.Name, changed.Reason, changed.Version, now), time);
        }
        else if (changed.Status == AssociationStatus.Rejected)
        {
            db.AddEvent(new AssociationRejected(id, association.Name, changed.Reason, changed.Version, now), time);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = now, ActorId = user.UserId()!.Value, ActorName = user.Identity?.Name ?? "", AssociationId = id,
            Action = $"status {changed.PreviousStatus} → {changed.Status}" + (request.Checklist is null ? "" : " (§4 checklist confirmed)")
                + (request.NotesText() is { } notes ? $"; §4 notes: {notes}" : ""),
            Reason = changed.Reason,
        });
        if (await db.SaveOrConflictAsync(ct, changed: "The association was changed by someone else meanwhile; read it again and retry.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(association.ToResponse());
    }

    // The whole register for staff's own spreadsheets.
    public static async Task<FileContentHttpResult> ExportRegister(AssociationsDbContext db, CancellationToken ct)
    {
        var associations = await db.Associations.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(ct);
        var csv = Csv.Write(
            ["id", "name", "cvr_number", "town", "address", "activity_areas", "children_under_15", "status", "child_safety_lapsed",
                "last_child_safety_year", "contact_email", "contact_phone", "website", "founded_on", "registered_at"],
            associations.Select(a => new[]
            {
                a.Id.ToString(), a.Name, a.CvrNumber, a.Town, a.Address, string.Join(';', a.ActivityAreas), a.HasChildrenUnder15 ? "yes" : "no",
                a.Status.ToString(), a.ChildSafetyLapsed ? "yes" : "no", a.LastChildSafetyYear?.ToString(), a.ContactEmail, a.ContactPhone,
                a.Website, a.FoundedOn?.ToString("yyyy-MM-dd"), a.RegisteredAt.ToString("O"),
            }));
        return TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(),
            "text/csv; charset=utf-8", "associations.csv");
    }

    public static async Task<Ok<List<AuditEntryResponse>>> ListAudit(AssociationsDbContext db, Guid? associationId, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => associationId == null || a.AssociationId == associationId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(500)
            .Select(a => new AuditEntryResponse(a.At, a.ActorId, a.ActorName, a.AssociationId, a.Action, a.Reason))
            .ToListAsync(ct);
        return TypedResults.Ok(entries);
    }
}
