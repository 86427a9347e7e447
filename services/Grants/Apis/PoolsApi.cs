using Frivillighed.Grants.Data;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Apis;

public static class PoolsApi
{
    public static IEndpointRouteBuilder MapPoolsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/grants/pools").WithTags("Grant pools");
        api.MapGet("/", ListPools);
        api.MapGet("/{id:guid}", GetPool).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<List<PoolResponse>>> ListPools(GrantsDbContext db, CancellationToken ct)
    {
        var pools = await db.Pools.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        return TypedResults.Ok(pools.Select(p => p.ToResponse()).ToList());
    }

    public static async Task<Results<Ok<PoolResponse>, ProblemHttpResult>> GetPool(Guid id, GrantsDbContext db, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return pool is null
            ? Problems.NotFound($"No grant pool has id {id}.")
            : TypedResults.Ok(pool.ToResponse());
    }
}
