using Frivillighed.AssociationReadModel;
using Frivillighed.Grants.Data;

namespace Frivillighed.Grants.Apis;

// What Grants knows of an association, from the Associations events (public: id, name and status only).
public static class KnownAssociationsApi
{
    public static IEndpointRouteBuilder MapKnownAssociationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/grants").WithTags("Known associations")
            .MapGet("/associations/{id:guid}", (Guid id, GrantsDbContext db, CancellationToken ct) => KnownAssociations.GetAsync(id, db, ct))
            .WithName("GetKnownAssociation").WithSummary("What this service knows of an association: name, status and child-safety lapse")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
