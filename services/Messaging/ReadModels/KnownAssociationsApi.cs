using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frivillighed.Messaging.ReadModels;

public static class KnownAssociationsApi
{
    // What this service currently knows of an association (public: id, name and status only).
    public static IEndpointRouteBuilder MapKnownAssociationsApi<TDbContext>(this IEndpointRouteBuilder app, string prefix)
        where TDbContext : DbContext
    {
        app.MapGroup(prefix).WithTags("Known associations")
            .MapGet("/associations/{id:guid}", (Guid id, HttpContext http, CancellationToken ct) =>
                // Resolved here rather than bound: the route analyzer crashes on a generic parameter.
                GetKnownAssociation(id, http.RequestServices.GetRequiredService<TDbContext>(), ct))
            .WithName("GetKnownAssociation").WithSummary("What this service knows of an association: name, status and child-safety lapse")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<KnownAssociationResponse>, ProblemHttpResult>> GetKnownAssociation<TDbContext>(
        Guid id, TDbContext db, CancellationToken ct)
        where TDbContext : DbContext
    {
        var association = await db.Set<KnownAssociation>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return association is null
            ? Problems.NotFound($"This service has not heard of association {id} (yet).")
            : TypedResults.Ok(new KnownAssociationResponse(
                association.Id, association.Name, association.Status, association.ChildSafetyLapsed, association.Version, association.UpdatedAt));
    }
}
