using System.Security.Claims;
using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Apis;

// What help associations are looking for: posted by their representatives, listed and searched publicly.
public static class VolunteerOpportunitiesApi
{
    public static IEndpointRouteBuilder MapVolunteerOpportunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations").WithTags("Volunteer opportunities");
        api.MapGet("/volunteer-opportunities", ListOpen).WithSummary("Search open volunteer opportunities (text, town, activity area)");
        api.MapPost("/{id:guid}/volunteer-opportunities", Post).WithSummary("Post a volunteer opportunity for the association").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/volunteer-opportunities/{opportunityId:guid}/close", Close).WithSummary("Close a volunteer opportunity").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<List<VolunteerOpportunityResponse>>> ListOpen(
        AssociationsDbContext db, string? q, string? town, ActivityArea? area, Guid? associationId, CancellationToken ct)
    {
        var query = from o in db.VolunteerOpportunities.AsNoTracking()
                    join a in db.Associations on o.AssociationId equals a.Id
                    where o.ClosedAt == null && a.Status == AssociationStatus.Approved
                        && (town == null || o.Town == town) && (area == null || o.Area == area)
                        && (associationId == null || o.AssociationId == associationId)
                    select new { o, a.Name };
        if (SearchQuery.ToPrefixTsQuery(q) is { } tsQuery)
        {
            query = query.Where(x => x.o.SearchVector.Matches(EF.Functions.ToTsQuery("danish", tsQuery)));
        }

        var found = await query.OrderByDescending(x => x.o.PostedAt).ThenBy(x => x.o.Id).Take(200).ToListAsync(ct);
        return TypedResults.Ok(found.Select(x => ToResponse(x.o, x.Name)).ToList());
    }

    public static async Task<Results<Created<VolunteerOpportunityResponse>, ValidationProblem, ProblemHttpResult>> Post(
        Guid id, VolunteerOpportunityRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = await db.Associations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (association is null)
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff post its volunteer opportunities.");
        }

        if (association.Status != AssociationStatus.Approved)
        {
            return Problems.Conflict($"Only approved associations post volunteer opportunities; this one is {association.Status}.");
        }

        var now = time.GetUtcNow();
        var opportunity = new VolunteerOpportunity
        {
            Id = Guid.CreateVersion7(now), AssociationId = id, Title = request.Title!.Trim(), Description = request.Description?.Trim() ?? "",
            Area = request.Area!.Value, Town = request.Town!, TimeCommitment = request.TimeCommitment!.Trim(), Contact = request.Contact!.Trim(),
            PostedAt = now,
        };
        db.VolunteerOpportunities.Add(opportunity);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/associations/volunteer-opportunities", ToResponse(opportunity, association.Name));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Close(
        Guid id, Guid opportunityId, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var opportunity = await db.VolunteerOpportunities.FirstOrDefaultAsync(o => o.Id == opportunityId && o.AssociationId == id, ct);
        if (opportunity is null)
        {
            return Problems.NotFound($"Association {id} has no volunteer opportunity {opportunityId}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff close its volunteer opportunities.");
        }

        if (opportunity.ClosedAt is not null)
        {
            return Problems.Conflict($"The opportunity was closed {opportunity.ClosedAt:yyyy-MM-dd}.");
        }

        opportunity.ClosedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static VolunteerOpportunityResponse ToResponse(VolunteerOpportunity o, string associationName) =>
        new(o.Id, o.AssociationId, associationName, o.Title, o.Description, o.Area, o.Town, o.TimeCommitment, o.Contact, o.PostedAt, o.ClosedAt);
}
