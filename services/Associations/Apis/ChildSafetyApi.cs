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

// The yearly child-safety (børneattest) declaration of associations with activity for children under 15.
public static class ChildSafetyApi
{
    public static IEndpointRouteBuilder MapChildSafetyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations").WithTags("Child-safety declarations");
        api.MapPost("/{id:guid}/child-safety-declarations", FileDeclaration).WithSummary("File this year's child-safety certificate declaration").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/missing-child-safety-declarations", ListMissingDeclarations).WithSummary("Associations whose child-safety declaration is missing (staff)").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        return app;
    }

    public static async Task<Results<Created<ChildSafetyDeclarationResponse>, ValidationProblem, ProblemHttpResult>> FileDeclaration(
        Guid id, FileDeclarationRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = Copenhagen.Today(now);
        if (request.Year is not { } year || year != today.Year)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(FileDeclarationRequest.Year)] = [$"A declaration is filed for the current year, {today.Year}."],
            });
        }

        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (association is null)
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff file its declaration.");
        }

        if (!association.HasChildrenUnder15)
        {
            return Problems.Conflict("The association has no activity for children under 15, so no child-safety declaration is needed.");
        }

        var declaration = new ChildSafetyDeclaration
        {
            AssociationId = id, Year = year, DeclaredAt = now, DeclaredById = user.UserId()!.Value, DeclaredByName = user.Identity?.Name ?? "",
        };
        db.ChildSafetyDeclarations.Add(declaration);
        db.AddEvent(association.FileChildSafetyDeclaration(year, today, now), time);
        if (await db.SaveOrConflictAsync(ct, duplicate: $"The declaration for {year} is already filed.", changed: "The association was changed meanwhile; try again.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/associations/{id}", new ChildSafetyDeclarationResponse(id, year, now, association.ChildSafetyLapsed));
    }

    // Active associations with children's activity whose declaration for this year is not filed, lapsed or not yet.
    public static async Task<Ok<List<MissingDeclarationResponse>>> ListMissingDeclarations(
        AssociationsDbContext db, TimeProvider time, IOptions<ChildSafetyOptions> options, CancellationToken ct)
    {
        var today = Copenhagen.Today(time.GetUtcNow());
        var missing = await db.Associations.AsNoTracking()
            .Where(a => a.HasChildrenUnder15
                && (a.Status == AssociationStatus.Approved || a.Status == AssociationStatus.Suspended)
                && (a.LastChildSafetyYear == null || a.LastChildSafetyYear < today.Year))
            .OrderByDescending(a => a.ChildSafetyLapsed).ThenBy(a => a.Name)
            .Select(a => new MissingDeclarationResponse(a.Id, a.Name, a.Town, a.LastChildSafetyYear, options.Value.DeadlineIn(today.Year), a.ChildSafetyLapsed))
            .ToListAsync(ct);
        return TypedResults.Ok(missing);
    }
}
