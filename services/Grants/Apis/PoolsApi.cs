using System.Security.Claims;
using Frivillighed.Data;
using Frivillighed.AssociationReadModel;
using Frivillighed.Grants.Data;
using Frivillighed.Grants.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Apis;

// Pools and their rounds: public to read, with the ledger; staff define them.
public static class PoolsApi
{
    public static IEndpointRouteBuilder MapPoolsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/grants/pools").WithTags("Grant pools");
        api.MapGet("/", ListPools).WithSummary("Grant pools with budget, committed, paid and remaining");
        api.MapGet("/{id:guid}", GetPool).WithSummary("Get one pool with criteria and rounds").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/ledger", GetLedger).WithSummary("A pool's public ledger: every award with its reason").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/ledger.csv", ExportLedger).WithSummary("A pool's public ledger as CSV").Produces<string>(contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var staff = api.MapGroup("").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        staff.MapPost("/", CreatePool).WithSummary("Create a grant pool (staff)");
        staff.MapPut("/{id:guid}", UpdatePool).WithSummary("Change a grant pool (staff)").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{id:guid}/rounds", AddRound).WithSummary("Add an application round to a pool (staff)").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/{id:guid}/rounds/{roundId:guid}/export.csv", ExportRound).WithSummary("Download a round's applications as CSV (staff)").Produces<string>(contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<List<PoolResponse>>> ListPools(GrantsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var pools = await db.Pools.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var rounds = await db.Rounds.AsNoTracking().ToListAsync(ct);
        var now = time.GetUtcNow();
        return TypedResults.Ok(pools.Select(p => p.ToResponse(rounds.Where(r => r.PoolId == p.Id), now)).ToList());
    }

    public static async Task<Results<Ok<PoolResponse>, ProblemHttpResult>> GetPool(Guid id, GrantsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return pool is null
            ? Problems.NotFound($"No grant pool has id {id}.")
            : TypedResults.Ok(pool.ToResponse(await db.Rounds.AsNoTracking().Where(r => r.PoolId == id).ToListAsync(ct), time.GetUtcNow()));
    }

    public static async Task<Results<Ok<LedgerResponse>, ProblemHttpResult>> GetLedger(Guid id, GrantsDbContext db, CancellationToken ct) =>
        await LedgerAsync(id, db, ct) is { } ledger ? TypedResults.Ok(ledger) : Problems.NotFound($"No grant pool has id {id}.");

    // The same ledger for a spreadsheet: one row per award, amounts with a decimal point, times in UTC (ISO 8601).
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportLedger(Guid id, GrantsDbContext db, CancellationToken ct)
    {
        if (await LedgerAsync(id, db, ct) is not { } ledger)
        {
            return Problems.NotFound($"No grant pool has id {id}.");
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var csv = Csv.Write(
            ["award", "association", "project", "amount", "paid", "status", "reason", "conditions", "decided_at", "decided_by"],
            ledger.Awards.Select(a => new[]
            {
                a.AwardId.ToString(), a.AssociationName, a.ProjectTitle, a.Amount.ToString("0.00", invariant), a.Paid.ToString("0.00", invariant),
                a.Status.ToString(), a.Reason, a.Conditions, a.DecidedAt.ToString("O"), a.DecidedBy,
            }));
        return TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(),
            "text/csv; charset=utf-8", $"bevillinger-{ledger.Name}.csv");
    }

    private static async Task<LedgerResponse?> LedgerAsync(Guid id, GrantsDbContext db, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pool is null)
        {
            return null;
        }

        var awards = await db.Awards.AsNoTracking().Where(a => a.PoolId == id)
            .GroupJoin(db.Applications, a => a.ApplicationId, p => p.Id, (a, p) => new { Award = a, Applications = p })
            .SelectMany(x => x.Applications.DefaultIfEmpty(), (x, p) => new { x.Award, Title = p == null ? pool.Name : p.Title })
            .GroupJoin(db.Set<KnownAssociation>(), x => x.Award.AssociationId, k => k.Id, (x, k) => new { x.Award, x.Title, Known = k })
            .SelectMany(x => x.Known.DefaultIfEmpty(), (x, k) => new { x.Award, x.Title, Name = k == null ? null : k.Name })
            .OrderBy(x => x.Award.DecidedAt)
            .ToListAsync(ct);
        return new LedgerResponse(pool.Id, pool.Name, pool.Budget, pool.Committed, pool.Paid, pool.Remaining,
            awards.Select(x => new LedgerAward(x.Award.Id, x.Award.AssociationId, x.Name ?? "", x.Title, x.Award.Amount, x.Award.Paid, x.Award.Reason,
                x.Award.Conditions, x.Award.DecidedAt, x.Award.CommitteeReference is { } reference ? $"committee ({reference})" : "staff", x.Award.Status)).ToList());
    }

    public static async Task<Results<Created<PoolResponse>, ValidationProblem>> CreatePool(
        PoolRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow();
        var pool = new GrantPool { Name = "", Purpose = "", LegalBasis = "" };
        request.ApplyTo(pool);
        db.Pools.Add(pool);
        db.Record(user, pool.Id, null, $"pool created with a budget of {pool.Budget:0.00} kr.", null, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/grants/pools/{pool.Id}", pool.ToResponse([], now));
    }

    // The budget can be changed but never below what is already committed (the CHECK constraint says no).
    public static async Task<Results<Ok<PoolResponse>, ValidationProblem, ProblemHttpResult>> UpdatePool(
        Guid id, PoolRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var pool = await db.Pools.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pool is null)
        {
            return Problems.NotFound($"No grant pool has id {id}.");
        }

        if (pool.Kind != GrantKind.Project)
        {
            return Problems.Conflict($"{pool.Name} is a statutory grant; change its budget and terms at /api/grants/statutory/{id}.");
        }

        var now = time.GetUtcNow();
        var before = pool.Budget;
        request.ApplyTo(pool);
        db.Record(user, pool.Id, null, before == pool.Budget ? "pool changed" : $"budget changed from {before:0.00} to {pool.Budget:0.00} kr.", null, now);
        if (await db.SaveOrConflictAsync(ct, outOfBounds: $"{pool.Name} has {pool.Committed:0.00} kr. committed; the budget cannot be less.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(pool.ToResponse(await db.Rounds.AsNoTracking().Where(r => r.PoolId == id).ToListAsync(ct), now));
    }

    public static async Task<Results<Created<RoundResponse>, ValidationProblem, ProblemHttpResult>> AddRound(
        Guid id, RoundRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200 || request.Deadline is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Deadline"] = ["Name the round and give its deadline (yyyy-MM-dd)."] });
        }

        var kind = await db.Pools.Where(p => p.Id == id).Select(p => (GrantKind?)p.Kind).FirstOrDefaultAsync(ct);
        if (kind is null)
        {
            return Problems.NotFound($"No grant pool has id {id}.");
        }

        if (kind != GrantKind.Project)
        {
            return Problems.Conflict("A statutory grant has no application rounds; associations apply by its deadline, or it is computed.");
        }

        var now = time.GetUtcNow();
        var round = new ApplicationRound { PoolId = id, Name = request.Name.Trim(), Deadline = request.Deadline.Value, OnlyIfMoneyLeft = request.OnlyIfMoneyLeft };
        db.Rounds.Add(round);
        db.Record(user, id, null, $"round '{round.Name}' with deadline {round.Deadline:yyyy-MM-dd} added", null, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/grants/pools/{id}", round.ToResponse(now));
    }

    // The round's applications for staff (a spreadsheet for the committee): formula-safe CSV, ranked by score.
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportRound(Guid id, Guid roundId, GrantsDbContext db, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pool is null || !await db.Rounds.AnyAsync(r => r.Id == roundId && r.PoolId == id, ct))
        {
            return Problems.NotFound($"Pool {id} has no round {roundId}.");
        }

        var ranked = await ApplicationsApi.RankedAsync(db, pool, roundId, ct);
        var names = await db.Set<KnownAssociation>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var csv = Csv.Write(
            ["rank", "application", "association", "title", "status", "requested", "score", "awarded", "flag", "decision reason"],
            ranked.Select((x, i) => new[]
            {
                (i + 1).ToString(), x.Application.Id.ToString(), names.GetValueOrDefault(x.Application.AssociationId, ""), x.Application.Title,
                x.Application.Status.ToString(), x.Application.RequestedAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                x.Score?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), x.Awarded?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                x.Application.Flag, x.Application.DecisionReason,
            }));
        return TypedResults.Text(csv, "text/csv; charset=utf-8");
    }
}
