using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.AssociationReadModel;

public static class KnownAssociations
{
    // What a service currently knows of an association (public: id, name and status only); each service maps it
    // as /api/<service>/associations/{id} in its own Apis/.
    public static async Task<Results<Ok<KnownAssociationResponse>, ProblemHttpResult>> GetAsync(Guid id, DbContext db, CancellationToken ct)
    {
        var association = await db.Set<KnownAssociation>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return association is null
            ? Problems.NotFound($"This service has not heard of association {id} (yet).")
            : TypedResults.Ok(new KnownAssociationResponse(
                association.Id, association.Name, association.Status, association.ChildSafetyLapsed, association.Version, association.UpdatedAt));
    }
}
