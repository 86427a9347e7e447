using System.Security.Claims;
using Frivillighed.AssociationReadModel;
using Frivillighed.Data;
using Frivillighed.Grants.Data;
using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Apis;

// The yearly statutory grants: staff set each year's terms, compute and approve the activity grants, and decide
// the premises grant applications; representatives see their association's grants with the basis (FOL §19) and
// apply for last year's premises. The money moves through the pool ledger like every award.
public static class StatutoryGrantsApi
{
    public static IEndpointRouteBuilder MapStatutoryGrantsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/grants/statutory").WithTags("Statutory grants").RequireAuthorization();
        api.MapGet("/associations/{associationId:guid}", ForAssociation).WithSummary("An association's activity grants and premises grant applications, with their basis")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/{poolId:guid}/premises/{associationId:guid}", SavePremises).WithSummary("Save a premises grant application draft; the answer has the calculation")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{poolId:guid}/premises/{associationId:guid}/submit", SubmitPremises).WithSummary("Submit a premises grant application by the deadline")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var staff = api.MapGroup("").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        staff.MapPost("/", CreateScheme).WithSummary("Set up a year's activity grant or premises grant (staff)").ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{poolId:guid}", UpdateScheme).WithSummary("Change a year's budget and terms (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{poolId:guid}/activity-runs", ComputeRun).WithSummary("Compute the year's activity grants as a draft run (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/{poolId:guid}/activity-runs", ListRuns).WithSummary("The year's activity grant runs (staff)").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/activity-runs/{runId:guid}", GetRun).WithSummary("One run with every association's line (staff)").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/activity-runs/{runId:guid}/approve", ApproveRun).WithSummary("Approve a run as a whole: awards and payouts for every line (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/activity-grants/{lineId:guid}/correction", DecideCorrection).WithSummary("Accept or reject a member count corrected after approval (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/{poolId:guid}/premises", ListPremises).WithSummary("The year's premises grant applications with their calculation (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/premises-applications/{id:guid}/decision", DecidePremises).WithSummary("Approve, adjust (with a reason) or refuse a premises grant application (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Created<PoolResponse>, ValidationProblem, ProblemHttpResult>> CreateScheme(
        StatutorySchemeRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var pool = GrantPool.Statutory(request.Kind!.Value, request.Year!.Value, request.Budget!.Value, request.Terms());
        db.Pools.Add(pool);
        var now = time.GetUtcNow();
        db.Record(user, pool.Id, null, $"{pool.Name} set up with a budget of {pool.Budget:0.00} kr.", null, now);
        if (await db.SaveOrConflictAsync(ct, duplicate: $"{pool.Name} is already set up; change its budget and terms instead.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/grants/pools/{pool.Id}", pool.ToResponse([], now));
    }

    public static async Task<Results<Ok<PoolResponse>, ValidationProblem, ProblemHttpResult>> UpdateScheme(
        Guid poolId, StatutorySchemeRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var pool = await db.Pools.FirstOrDefaultAsync(p => p.Id == poolId && p.Kind == request.Kind, ct);
        if (pool is null || pool.Year != request.Year)
        {
            return Problems.NotFound($"No {request.Kind} of {request.Year} has id {poolId}.");
        }

        var now = time.GetUtcNow();
        pool.Budget = request.Budget!.Value;
        pool.StaffDecisionLimit = pool.Budget;
        pool.Terms = request.Terms();
        db.Record(user, pool.Id, null, $"terms changed; budget {pool.Budget:0.00} kr.", null, now);
        if (await db.SaveOrConflictAsync(ct, outOfBounds: $"{pool.Name} has {pool.Committed:0.00} kr. committed; the budget cannot be less.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(pool.ToResponse([], now));
    }

    // Every approved association with a member count for the year before gets a line; a new draft replaces the
    // previous draft. Nothing is committed until the run is approved.
    public static async Task<Results<Created<ActivityRunResponse>, ProblemHttpResult>> ComputeRun(
        Guid poolId, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId && p.Kind == GrantKind.ActivityGrant, ct);
        if (pool is null)
        {
            return Problems.NotFound($"No activity grant has id {poolId}.");
        }

        if (await db.ActivityRuns.AsNoTracking().FirstOrDefaultAsync(r => r.PoolId == poolId && r.Status == RunStatus.Approved, ct) is { } approved)
        {
            return Problems.Conflict($"{pool.Name} was approved on {approved.ApprovedAt:yyyy-MM-dd}; a corrected member count is decided on its association's line.");
        }

        var (bases, excluded) = await ActivityBasesAsync(db, pool, ct);
        var rate = pool.Terms!.RatePerMemberUnder25!.Value;
        var calculation = StatutoryRules.Activity(rate, pool.Terms.RatePerActivityHour, pool.Budget, bases);
        var run = new ActivityGrantRun
        {
            PoolId = poolId, RatePerMemberUnder25 = rate, RatePerActivityHour = pool.Terms.RatePerActivityHour, Budget = pool.Budget,
            GrossTotal = calculation.GrossTotal, ReductionFactor = calculation.ReductionFactor, Total = calculation.Total, ComputedAt = time.GetUtcNow(),
            ComputedByName = user.Identity?.Name ?? "", Excluded = excluded,
        };
        var lines = calculation.Lines.Select(l => new ActivityGrant
        {
            RunId = run.Id, PoolId = poolId, AssociationId = l.Basis.AssociationId, AssociationName = l.Basis.Name, MembersUnder25 = l.Basis.MembersUnder25,
            CountRevision = l.Basis.Revision, DecidedRevision = l.Basis.Revision, ActivityHours = l.Basis.ActivityHours, Gross = l.Gross, Amount = l.Amount,
        }).ToList();
        await db.InTransactionAsync<bool>(async (transaction, token) =>
        {
            await db.ActivityRuns.Where(r => r.PoolId == poolId && r.Status == RunStatus.Draft)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RunStatus.Replaced), token);
            db.ActivityRuns.Add(run);
            db.ActivityGrants.AddRange(lines);
            db.Record(user, poolId, null, $"activity grants computed: {lines.Count} associations, {run.Total:0.00} kr. (reduction factor {run.ReductionFactor:0.000000})", null, run.ComputedAt);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return true;
        }, ct);
        return TypedResults.Created($"/api/grants/statutory/activity-runs/{run.Id}", run.ToResponse(pool.Year, lines, []));
    }

    public static async Task<Results<Ok<List<ActivityRunResponse>>, ProblemHttpResult>> ListRuns(Guid poolId, GrantsDbContext db, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId && p.Kind == GrantKind.ActivityGrant, ct);
        if (pool is null)
        {
            return Problems.NotFound($"No activity grant has id {poolId}.");
        }

        var runs = await db.ActivityRuns.AsNoTracking().Where(r => r.PoolId == poolId).OrderByDescending(r => r.ComputedAt).ToListAsync(ct);
        return TypedResults.Ok(runs.Select(r => r.ToResponse(pool.Year, [], [])).ToList());
    }

    public static async Task<Results<Ok<ActivityRunResponse>, ProblemHttpResult>> GetRun(Guid runId, GrantsDbContext db, CancellationToken ct)
    {
        var run = await db.ActivityRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return Problems.NotFound($"No activity grant run has id {runId}.");
        }

        var year = await db.Pools.Where(p => p.Id == run.PoolId).Select(p => p.Year).SingleAsync(ct);
        var lines = await db.ActivityGrants.AsNoTracking().Where(g => g.RunId == runId).OrderBy(g => g.AssociationName).ToListAsync(ct);
        return TypedResults.Ok(run.ToResponse(year, lines, await LatestCountsAsync(db, year, lines, ct)));
    }

    // All or nothing: the run's total is committed with one conditional update of the pool, every line with a
    // grant becomes an award with its payout, and the partial unique index allows one approved run a year.
    public static async Task<Results<Ok<ActivityRunResponse>, ProblemHttpResult>> ApproveRun(
        Guid runId, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        return await db.InTransactionAsync<Results<Ok<ActivityRunResponse>, ProblemHttpResult>>(async (transaction, token) =>
        {
            var run = await db.ActivityRuns.FirstOrDefaultAsync(r => r.Id == runId, token);
            if (run is null)
            {
                return Problems.NotFound($"No activity grant run has id {runId}.");
            }

            if (run.WhyNotApprove() is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == run.PoolId, token);
            if (!await db.TryCommitAsync(pool.Id, run.Total, token))
            {
                return Problems.Conflict($"{pool.Name} has {pool.Remaining:0.00} kr. left; the run's {run.Total:0.00} kr. would over-commit it. Compute the run again.");
            }

            var now = time.GetUtcNow();
            var lines = await db.ActivityGrants.Where(g => g.RunId == runId && g.Amount > 0).ToListAsync(token);
            foreach (var line in lines)
            {
                line.AwardId = db.AwardAndPay(pool, line.Id, line.AssociationId, line.Amount, ActivityReason(run, line), user, now, time,
                    $"Aktivitetstilskud {pool.Year}");
            }

            await db.RecordPaidAsync(pool.Id, run.Total, token);
            run.Approve(user.Identity?.Name ?? "", now);
            db.Record(user, pool.Id, null, $"activity grants approved: {lines.Count} awards, {run.Total:0.00} kr. paid", null, now);
            if (await db.SaveOrConflictAsync(token, changed: $"{pool.Name} was approved at the same moment by someone else.", duplicate: $"{pool.Name} was approved at the same moment by someone else.") is { } conflict)
            {
                return conflict;
            }

            await transaction.CommitAsync(token);
            return TypedResults.Ok(run.ToResponse(pool.Year, await db.ActivityGrants.AsNoTracking().Where(g => g.RunId == runId).OrderBy(g => g.AssociationName).ToListAsync(token), []));
        }, ct);
    }

    // A corrected count after approval: the difference at the run's rates and reduction factor is paid as a
    // supplement or recorded as a claim for repayment, or the correction is rejected; each with the reason.
    public static async Task<Results<Ok<ActivityGrantResponse>, ValidationProblem, ProblemHttpResult>> DecideCorrection(
        Guid lineId, CorrectionDecisionRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Accept is null || string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Reason"] = ["Say whether the corrected count is accepted, and why."] });
        }

        return await db.InTransactionAsync<Results<Ok<ActivityGrantResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var line = await db.ActivityGrants.FirstOrDefaultAsync(g => g.Id == lineId, token);
            var run = line is null ? null : await db.ActivityRuns.SingleAsync(r => r.Id == line.RunId, token);
            if (line is null || run is null)
            {
                return Problems.NotFound($"No activity grant has id {lineId}.");
            }

            var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == run.PoolId, token);
            var latest = await db.MemberCounts.AsNoTracking().FirstOrDefaultAsync(c => c.AssociationId == line.AssociationId && c.Year == pool.Year - 1, token);
            if (run.Status != RunStatus.Approved || latest is null || latest.Revision <= line.DecidedRevision)
            {
                return Problems.Conflict(run.Status != RunStatus.Approved
                    ? "The run is not approved; compute it again to use the corrected count."
                    : "No corrected member count is waiting for a decision.");
            }

            var pending = Pending(run, line, latest)!;
            var now = time.GetUtcNow();
            var reason = request.Reason.Trim();
            var accepted = request.Accept.Value;
            Guid? awardId = null;
            if (accepted && pending.Difference > 0)
            {
                if (!await db.TryCommitAsync(pool.Id, pending.Difference, token))
                {
                    return Problems.Conflict($"{pool.Name} has {pool.Remaining:0.00} kr. left; the supplement of {pending.Difference:0.00} kr. would over-commit it.");
                }

                awardId = db.AwardAndPay(pool, Guid.CreateVersion7(), line.AssociationId, pending.Difference,
                    $"Efterregulering: {latest.MembersUnder25} i stedet for {line.MembersUnder25} medlemmer under 25. {reason}", user, now, time,
                    $"Aktivitetstilskud {pool.Year}, efterregulering");
                await db.RecordPaidAsync(pool.Id, pending.Difference, token);
            }

            line.DecideCorrection(latest, accepted, pending.Difference, reason, user.Identity?.Name ?? "", now, awardId);
            db.Record(user, pool.Id, null, accepted
                ? $"corrected member count of {line.AssociationName} accepted: {pending.Difference:0.00} kr." + (pending.Difference < 0 ? " to be repaid" : "")
                : $"corrected member count of {line.AssociationName} rejected", reason, now);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.Ok(line.ToResponse(run, pool.Year, null));
        }, ct);
    }

    public static async Task<Results<Ok<StatutoryGrantsResponse>, ProblemHttpResult>> ForAssociation(
        Guid associationId, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (!await db.MayActForAsync(associationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its grants.");
        }

        var pools = await db.Pools.AsNoTracking().Where(p => p.Kind != GrantKind.Project).ToDictionaryAsync(p => p.Id, ct);
        var runs = await db.ActivityRuns.AsNoTracking().Where(r => r.Status != RunStatus.Replaced).ToDictionaryAsync(r => r.Id, ct);
        var lines = await db.ActivityGrants.AsNoTracking().Where(g => g.AssociationId == associationId && runs.Keys.Contains(g.RunId)).ToListAsync(ct);
        var counts = await db.MemberCounts.AsNoTracking().Where(c => c.AssociationId == associationId).ToListAsync(ct);
        var activity = lines
            .Select(l => (Line: l, Run: runs[l.RunId], Year: pools[l.PoolId].Year))
            .OrderByDescending(x => x.Year)
            .Select(x => x.Line.ToResponse(x.Run, x.Year, counts.FirstOrDefault(c => c.Year == x.Year - 1)))
            .ToList();
        var name = await db.Set<KnownAssociation>().Where(k => k.Id == associationId).Select(k => k.Name).FirstOrDefaultAsync(ct) ?? "";
        var applications = await db.PremisesApplications.AsNoTracking().Where(a => a.AssociationId == associationId).ToListAsync(ct);
        var now = time.GetUtcNow();
        var open = pools.Values
            .Where(p => p.Kind == GrantKind.PremisesGrant && Copenhagen.ToInstant(StatutoryRules.PremisesDeadline(p).AddDays(1), TimeOnly.MinValue) > now)
            .OrderBy(p => p.Year).Select(p => p.ToResponse([], now)).ToList();
        return TypedResults.Ok(new StatutoryGrantsResponse(activity,
            applications.Select(a => a.ToResponse(pools[a.PoolId], name)).OrderByDescending(a => a.Year).ToList(), open));
    }

    public static async Task<Results<Ok<PremisesApplicationResponse>, ValidationProblem, ProblemHttpResult>> SavePremises(
        Guid poolId, Guid associationId, PremisesRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var premises = request.Premises?.Select(p => p.ToModel()).ToList() ?? [];
        var problems = premises.Select(StatutoryRules.PremiseProblem).OfType<string>().ToList();
        if (premises.Count is 0 or > 20 || problems.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["Premises"] = problems.Count > 0 ? [.. problems] : ["List 1–20 premises the association owned or rented last year."],
            });
        }

        if (await PremisesContextAsync(db, poolId, associationId, user, time, ct) is { Problem: { } refusal })
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var application = await db.PremisesApplications.FirstOrDefaultAsync(a => a.PoolId == poolId && a.AssociationId == associationId, ct);
        if (application is null)
        {
            application = new PremisesApplication { PoolId = poolId, AssociationId = associationId, CreatedAt = now };
            db.PremisesApplications.Add(application);
        }
        else if (application.Status != PremisesStatus.Draft)
        {
            return Problems.Conflict($"The application was submitted on {application.SubmittedAt:yyyy-MM-dd}; it can no longer be changed.");
        }

        application.Premises = premises;
        application.UpdatedAt = now;
        if (await SaveAsync(db, ct) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(await PremisesResponseAsync(db, application, ct));
    }

    public static async Task<Results<Ok<PremisesApplicationResponse>, ProblemHttpResult>> SubmitPremises(
        Guid poolId, Guid associationId, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (await PremisesContextAsync(db, poolId, associationId, user, time, ct) is { Problem: { } refusal })
        {
            return refusal;
        }

        var application = await db.PremisesApplications.FirstOrDefaultAsync(a => a.PoolId == poolId && a.AssociationId == associationId, ct);
        if (application is null)
        {
            return Problems.NotFound("The association has no premises grant application for this year; save one first.");
        }

        if (application.WhyNotSubmit() is { } submitted)
        {
            return Problems.Conflict(submitted);
        }

        var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == poolId, ct);
        var now = time.GetUtcNow();
        application.Submit(Calculate(pool, application).Total, now);
        db.Record(user, poolId, application.Id, $"premises grant application submitted: {application.Calculated:0.00} kr. calculated", null, now);
        if (await SaveAsync(db, ct) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(await PremisesResponseAsync(db, application, ct));
    }

    public static async Task<Results<Ok<List<PremisesApplicationResponse>>, ProblemHttpResult>> ListPremises(Guid poolId, GrantsDbContext db, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId && p.Kind == GrantKind.PremisesGrant, ct);
        if (pool is null)
        {
            return Problems.NotFound($"No premises grant has id {poolId}.");
        }

        var applications = await db.PremisesApplications.AsNoTracking().Where(a => a.PoolId == poolId && a.Status != PremisesStatus.Draft).ToListAsync(ct);
        var ids = applications.Select(a => a.AssociationId).ToList();
        var names = await db.Set<KnownAssociation>().AsNoTracking().Where(k => ids.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        return TypedResults.Ok(applications.Select(a => a.ToResponse(pool, names.GetValueOrDefault(a.AssociationId, ""))).OrderBy(a => a.AssociationName).ToList());
    }

    // Approving commits the amount with the pool ledger's conditional update: concurrent approvals can never
    // take the year's premises grants beyond the budget.
    public static async Task<Results<Ok<PremisesApplicationResponse>, ValidationProblem, ProblemHttpResult>> DecidePremises(
        Guid id, PremisesDecisionRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Outcome is null || (request.Outcome != PremisesOutcome.Approve && (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000))
            || (request.Outcome == PremisesOutcome.Adjust && request.Amount is not (> 0 and <= 100_000_000)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["Outcome"] = ["Approve the calculated amount, Adjust it (give the amount above 0 and the reason) or Refuse (give the reason)."],
            });
        }

        return await db.InTransactionAsync<Results<Ok<PremisesApplicationResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var application = await db.PremisesApplications.FirstOrDefaultAsync(a => a.Id == id, token);
            if (application is null)
            {
                return Problems.NotFound($"No premises grant application has id {id}.");
            }

            if (application.WhyNotDecide() is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == application.PoolId, token);
            var now = time.GetUtcNow();
            var reason = request.Reason?.Trim() is { Length: > 0 } given ? given : "Beregnet efter kommunens regler for lokaletilskud.";
            var amount = request.Outcome == PremisesOutcome.Adjust ? request.Amount!.Value : application.Calculated ?? 0m;
            var decidedBy = user.Identity?.Name ?? "";
            if (request.Outcome == PremisesOutcome.Refuse || amount == 0)
            {
                db.AddEvent(application.Refuse(reason, decidedBy, now), time);
                db.Record(user, pool.Id, id, "premises grant refused", reason, now);
            }
            else
            {
                if (!await db.TryCommitAsync(pool.Id, amount, token))
                {
                    var remaining = await db.Pools.Where(p => p.Id == pool.Id).Select(p => p.Budget - p.Committed).SingleAsync(token);
                    return Problems.Conflict($"{pool.Name} has {remaining:0.00} kr. left of its {pool.Budget:0.00} kr. budget; a grant of {amount:0.00} kr. would over-commit it.");
                }

                application.Approve(db.Award(pool, id, application.AssociationId, amount, reason, user, now, time), amount, reason, decidedBy, now);
                db.Record(user, pool.Id, id, $"premises grant approved: {amount:0.00} kr." + (amount != application.Calculated ? $" (calculated {application.Calculated:0.00})" : ""), reason, now);
            }

            if (await SaveAsync(db, token) is { } conflict)
            {
                return conflict;
            }

            await transaction.CommitAsync(token);
            return TypedResults.Ok(await PremisesResponseAsync(db, application, token));
        }, ct);
    }

    private sealed record PremisesContext(ProblemHttpResult? Problem);

    // Who may apply where and when: the association's representatives and staff; an approved association whose
    // child-safety declaration is not lapsed; a premises grant whose deadline has not passed.
    private static async Task<PremisesContext> PremisesContextAsync(
        GrantsDbContext db, Guid poolId, Guid associationId, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId && p.Kind == GrantKind.PremisesGrant, ct);
        if (pool is null)
        {
            return new(Problems.NotFound($"No premises grant has id {poolId}."));
        }

        if (!await db.MayActForAsync(associationId, user, ct))
        {
            return new(Problems.Forbidden("Only the association's representatives and staff apply for its premises grant."));
        }

        var association = await db.Set<KnownAssociation>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (GrantRules.EligibilityRefusal(PoolEligibility.ApprovedAssociations, association) is { } refusal)
        {
            return new(Problems.Unprocessable(refusal));
        }

        var deadline = StatutoryRules.PremisesDeadline(pool);
        return time.GetUtcNow() >= Copenhagen.ToInstant(deadline.AddDays(1), TimeOnly.MinValue)
            ? new(Problems.Unprocessable($"The deadline of {pool.Name} was the end of {deadline:yyyy-MM-dd} (Danish time)."))
            : new(null);
    }

    private static async Task<(List<StatutoryRules.ActivityBasis>, List<ExcludedAssociation>)> ActivityBasesAsync(GrantsDbContext db, GrantPool pool, CancellationToken ct)
    {
        var approved = await db.Set<KnownAssociation>().AsNoTracking().Where(k => k.Status == Contracts.Associations.AssociationStatus.Approved)
            .OrderBy(k => k.Name).ToListAsync(ct);
        var counts = await db.MemberCounts.AsNoTracking().Where(c => c.Year == pool.Year - 1).ToDictionaryAsync(c => c.AssociationId, ct);
        var hours = pool.Terms?.RatePerActivityHour is null ? [] : await ActivityHoursAsync(db, pool.Year, ct);
        var bases = new List<StatutoryRules.ActivityBasis>();
        var excluded = new List<ExcludedAssociation>();
        foreach (var association in approved)
        {
            if (association.ChildSafetyLapsed)
            {
                excluded.Add(new() { AssociationId = association.Id, Name = association.Name, Reason = "The yearly child-safety declaration (børneattest) is overdue." });
            }
            else if (!counts.TryGetValue(association.Id, out var count))
            {
                excluded.Add(new() { AssociationId = association.Id, Name = association.Name, Reason = $"No member count at 31 December {pool.Year - 1} is reported." });
            }
            else
            {
                bases.Add(new(association.Id, association.Name, count.MembersUnder25, count.Revision, hours.GetValueOrDefault(association.Id)));
            }
        }

        return (bases, excluded);
    }

    // The activity hours for members under 25 that associations stated in the same year's premises grant applications.
    private static async Task<Dictionary<Guid, int>> ActivityHoursAsync(GrantsDbContext db, int year, CancellationToken ct)
    {
        var applications = await db.PremisesApplications.AsNoTracking()
            .Where(a => a.Status != PremisesStatus.Draft && db.Pools.Any(p => p.Id == a.PoolId && p.Kind == GrantKind.PremisesGrant && p.Year == year))
            .ToListAsync(ct);
        return applications.ToDictionary(a => a.AssociationId, a => a.Premises.Sum(p => p.HoursUnder25));
    }

    private static async Task<Dictionary<Guid, MemberCount>> LatestCountsAsync(GrantsDbContext db, int year, List<ActivityGrant> lines, CancellationToken ct)
    {
        var ids = lines.Select(l => l.AssociationId).ToList();
        return await db.MemberCounts.AsNoTracking().Where(c => c.Year == year - 1 && ids.Contains(c.AssociationId)).ToDictionaryAsync(c => c.AssociationId, ct);
    }

    // What a corrected count would change, at the run's own rates and reduction factor (null: nothing waiting).
    public static PendingCorrection? Pending(ActivityGrantRun run, ActivityGrant line, MemberCount? latest)
    {
        if (run.Status != RunStatus.Approved || latest is null || latest.Revision <= line.DecidedRevision)
        {
            return null;
        }

        var newAmount = StatutoryRules.Reduced(
            StatutoryRules.ActivityGross(latest.MembersUnder25, line.ActivityHours, run.RatePerMemberUnder25, run.RatePerActivityHour), run.ReductionFactor);
        var current = line.Amount + line.Corrections.Sum(c => c.Difference);
        return new PendingCorrection(latest.Revision, latest.MembersUnder25, newAmount, newAmount - current);
    }

    private static string ActivityReason(ActivityGrantRun run, ActivityGrant line) =>
        $"{line.MembersUnder25} medlemmer under 25 × {DanishFormat.Money(run.RatePerMemberUnder25)}"
        + (run.RatePerActivityHour is { } hourRate ? $" + {line.ActivityHours} aktivitetstimer × {DanishFormat.Money(hourRate)}" : "")
        + (run.ReductionFactor < 1 ? $", nedsat forholdsmæssigt med faktor {run.ReductionFactor:0.000000} (budgettet rakte ikke)" : "")
        + ", rundet ned til hele kroner.";

    private static StatutoryRules.PremisesCalculation Calculate(GrantPool pool, PremisesApplication application) =>
        StatutoryRules.Premises(pool.Terms!.PremisesPercentage!.Value, pool.Terms.MaxPerActivityHour, application.Premises);

    private static async Task<PremisesApplicationResponse> PremisesResponseAsync(GrantsDbContext db, PremisesApplication application, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == application.PoolId, ct);
        var name = await db.Set<KnownAssociation>().Where(k => k.Id == application.AssociationId).Select(k => k.Name).FirstOrDefaultAsync(ct) ?? "";
        return application.ToResponse(pool, name);
    }

    private static PremisesApplicationResponse ToResponse(this PremisesApplication a, GrantPool pool, string name) => new(
        a.Id, a.PoolId, pool.Year, a.AssociationId, name, a.Status, StatutoryRules.PremisesDeadline(pool), a.Premises, Calculate(pool, a), a.Calculated,
        a.Awarded, a.DecisionReason, a.DecidedByName, a.DecidedAt, a.AwardId, a.UpdatedAt, a.SubmittedAt);

    private static ActivityRunResponse ToResponse(this ActivityGrantRun r, int year, List<ActivityGrant> lines, Dictionary<Guid, MemberCount> latest) => new(
        r.Id, r.PoolId, year, r.Status, r.RatePerMemberUnder25, r.RatePerActivityHour, r.Budget, r.GrossTotal, r.ReductionFactor, r.Total, r.ComputedAt,
        r.ComputedByName, r.ApprovedAt, r.ApprovedByName, lines.Select(l => l.ToResponse(r, year, latest.GetValueOrDefault(l.AssociationId))).ToList(), r.Excluded);

    private static ActivityGrantResponse ToResponse(this ActivityGrant l, ActivityGrantRun run, int year, MemberCount? latest) => new(
        l.Id, l.RunId, l.PoolId, year, run.Status, l.AssociationId, l.AssociationName, l.MembersUnder25, l.CountRevision, l.ActivityHours,
        run.RatePerMemberUnder25, run.RatePerActivityHour, l.Gross, run.ReductionFactor, l.Amount, l.AwardId, Pending(run, l, latest), l.Corrections);

    private static Task<ProblemHttpResult?> SaveAsync(GrantsDbContext db, CancellationToken ct) =>
        db.SaveOrConflictAsync(ct, changed: "The application changed at the same moment (edited, submitted or decided); read it again.", duplicate: "The association's application was started at the same moment; read it again.");
}
