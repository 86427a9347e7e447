using System.Security.Claims;
using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Frivillighed.Associations.Apis;

// Who acts for an association. The association's representatives and staff read the list; its chair and staff change it.
public static class RepresentativesApi
{
    public static IEndpointRouteBuilder MapRepresentativesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations/{id:guid}/representatives").WithTags("Representatives").RequireAuthorization();
        api.MapGet("/", ListRepresentatives).WithSummary("Who represents the association, with roles").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", AddRepresentative).WithSummary("Add a representative (chair or staff)").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{userId:guid}", ChangeRole).WithSummary("Change a representative's role (chair or staff; never the last chair)").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{userId:guid}", RemoveRepresentative).WithSummary("Remove a representative (chair or staff; never the last chair)").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<List<RepresentativeResponse>>, ProblemHttpResult>> ListRepresentatives(
        Guid id, AssociationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff see who represents it.");
        }

        var representatives = await db.Representatives.AsNoTracking().Where(r => r.AssociationId == id)
            .OrderBy(r => r.Role).ThenBy(r => r.Name)
            .Select(r => new RepresentativeResponse(r.UserId, r.Name, r.Role, r.AddedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(representatives);
    }

    public static async Task<Results<Created<RepresentativeResponse>, ValidationProblem, ProblemHttpResult>> AddRepresentative(
        Guid id, AddRepresentativeRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.IsChairOrStaffAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's chair and staff add representatives.");
        }

        var now = time.GetUtcNow();
        var representative = new Representative
        {
            AssociationId = id, UserId = request.UserId!.Value, Name = request.Name!.Trim(), Role = request.Role!.Value, AddedAt = now,
        };
        db.Representatives.Add(representative);
        db.AddEvent(new RepresentativeAdded(id, representative.UserId, representative.Role, now), time);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict($"User {representative.UserId} already represents this association; remove them first to change the role.");
        }

        return TypedResults.Created($"/api/associations/{id}/representatives",
            new RepresentativeResponse(representative.UserId, representative.Name, representative.Role, representative.AddedAt));
    }

    public static async Task<Results<Ok<RepresentativeResponse>, ValidationProblem, ProblemHttpResult>> ChangeRole(
        Guid id, Guid userId, ChangeRoleRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Role is not { } role)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(ChangeRoleRequest.Role)] = [$"Role is required: one of {string.Join(", ", Enum.GetNames<RepresentativeRole>())}."],
            });
        }

        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.IsChairOrStaffAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's chair and staff change representatives' roles.");
        }

        var representative = await db.Representatives.FirstOrDefaultAsync(r => r.AssociationId == id && r.UserId == userId, ct);
        if (representative is null)
        {
            return Problems.NotFound($"User {userId} does not represent association {id}.");
        }

        if (representative.Role == RepresentativeRole.Chair && role != RepresentativeRole.Chair
            && !await db.Representatives.AnyAsync(r => r.AssociationId == id && r.UserId != userId && r.Role == RepresentativeRole.Chair, ct))
        {
            return Problems.Conflict("An association keeps at least one chair: make someone else chair first.");
        }

        // The read models keep the newest role by time: the change is an add with the new role.
        representative.Role = role;
        db.AddEvent(new RepresentativeAdded(id, userId, role, time.GetUtcNow()), time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new RepresentativeResponse(representative.UserId, representative.Name, representative.Role, representative.AddedAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveRepresentative(
        Guid id, Guid userId, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.IsChairOrStaffAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's chair and staff remove representatives.");
        }

        var representative = await db.Representatives.FirstOrDefaultAsync(r => r.AssociationId == id && r.UserId == userId, ct);
        if (representative is null)
        {
            return Problems.NotFound($"User {userId} does not represent association {id}.");
        }

        if (representative.Role == RepresentativeRole.Chair
            && !await db.Representatives.AnyAsync(r => r.AssociationId == id && r.UserId != userId && r.Role == RepresentativeRole.Chair, ct))
        {
            return Problems.Conflict("An association keeps at least one chair: add the new chair before removing the last one.");
        }

        db.Representatives.Remove(representative);
        db.AddEvent(new RepresentativeRemoved(id, userId, time.GetUtcNow()), time);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ProblemHttpResult?> ExistsAsync(AssociationsDbContext db, Guid id, CancellationToken ct) =>
        await db.Associations.AnyAsync(a => a.Id == id, ct) ? null : Problems.NotFound($"No association has id {id}.");
}
