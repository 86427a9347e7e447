using System.Security.Claims;
using Frivillighed.AssociationReadModel;
using Frivillighed.Contracts.Grants;
using Frivillighed.Data;
using Frivillighed.Grants.Data;
using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Apis;

// Applications: representatives draft, edit and submit for their association; staff assess and decide.
public static class ApplicationsApi
{
    public sealed record Ranked(GrantApplication Application, decimal? Score, decimal? Awarded);

    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/grants").WithTags("Grant applications").RequireAuthorization();
        api.MapPost("/applications", CreateDraft).WithSummary("Start an application draft for a pool")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/applications/{id:guid}", GetApplication).WithSummary("Get one application").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/applications/{id:guid}", UpdateDraft).WithSummary("Save an application draft")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/applications/{id:guid}", DeleteDraft).WithSummary("Delete an application draft")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/applications/{id:guid}/submit", Submit).WithSummary("Submit an application (every problem listed when it cannot be)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/associations/{id:guid}/applications", ListForAssociation).WithSummary("An association's applications").ProducesProblem(StatusCodes.Status403Forbidden);

        var staff = api.MapGroup("").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        staff.MapGet("/pools/{id:guid}/applications", ListForPool).WithSummary("A pool's applications, ranked by assessment (staff)").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/applications/{id:guid}/assessments", ListAssessments).WithSummary("Every assessor's scores and comments for an application (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/applications/{id:guid}/assessments", Assess).WithSummary("Score an application against the pool's criteria (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/applications/{id:guid}/decision", Decide).WithSummary("Award or reject an application, with a reason (staff)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        staff.MapGet("/audit", ListAudit).WithSummary("The audit trail of grant decisions (staff)");
        return app;
    }

    public static async Task<Results<Created<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> CreateDraft(
        ApplicationRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var errors = request.Validate();
        if (request.RoundId is null || request.AssociationId is null)
        {
            errors[nameof(request.RoundId)] = ["Say which round (roundId) and for which association (associationId) you apply."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RoundId, ct);
        if (round is null)
        {
            return Problems.NotFound($"No application round has id {request.RoundId}.");
        }

        if (!await db.MayActForAsync(request.AssociationId!.Value, user, ct))
        {
            return Problems.Forbidden($"You do not represent association {request.AssociationId}; only its representatives and staff apply for it.");
        }

        var now = time.GetUtcNow();
        var application = new GrantApplication
        {
            PoolId = round.PoolId, RoundId = round.Id, AssociationId = request.AssociationId.Value, CreatedById = user.UserId()!.Value, CreatedAt = now,
            UpdatedAt = now,
        };
        request.ApplyTo(application);
        db.Applications.Add(application);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/grants/applications/{application.Id}", application.ToResponse());
    }

    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> GetApplication(
        Guid id, GrantsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Problems.NotFound($"No application has id {id}.");
        }

        if (!await db.MayActForAsync(application.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its applications.");
        }

        var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == application.PoolId, ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync(ct);
        var award = await db.Awards.AsNoTracking().Where(a => a.ApplicationId == id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(application.ToResponse(GrantRules.WeightedScore(pool.Criteria, assessments), award));
    }

    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> UpdateDraft(
        Guid id, ApplicationRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Problems.NotFound($"No application has id {id}.");
        }

        if (!await db.MayActForAsync(application.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff edit its applications.");
        }

        if ((request.RoundId is { } round && round != application.RoundId) || (request.AssociationId is { } association && association != application.AssociationId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["RoundId"] = ["An application's round and association cannot change; start a new draft."] });
        }

        if (application.WhyNotEdit() is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        request.ApplyTo(application);
        application.UpdatedAt = time.GetUtcNow();
        return await SaveAsync(db, ct) ?? (Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>)TypedResults.Ok(application.ToResponse());
    }

    // Only drafts: a submitted application is never deleted.
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDraft(Guid id, GrantsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Problems.NotFound($"No application has id {id}.");
        }

        if (!await db.MayActForAsync(application.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff delete its drafts.");
        }

        var deleted = await db.Applications.Where(a => a.Id == id && a.Status == ApplicationStatus.Draft).ExecuteDeleteAsync(ct);
        return deleted == 1 ? TypedResults.NoContent() : Problems.Conflict("The application is submitted; a submitted application is kept.");
    }

    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> Submit(
        Guid id, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Problems.NotFound($"No application has id {id}.");
        }

        if (!await db.MayActForAsync(application.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff submit its applications.");
        }

        if (application.WhyNotSubmit() is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        var now = time.GetUtcNow();
        var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == application.PoolId, ct);
        if (await SubmissionProblemsAsync(db, pool, application, now, ct) is { Count: > 0 } problems)
        {
            return Problems.Unprocessable(string.Join(" ", problems.Select(p => p.Text)), new Dictionary<string, object?>
            {
                ["problems"] = problems.Select(p => p.Text).ToList(), ["problemFields"] = problems.Select(p => p.Field).ToList(),
            });
        }

        db.AddEvent(application.Submit(now), time);
        db.Record(user, pool.Id, id, "application submitted", null, now);
        return await SaveAsync(db, ct) ?? (Results<Ok<ApplicationResponse>, ProblemHttpResult>)TypedResults.Ok(application.ToResponse());
    }

    // What stands in the way of submitting: the association's standing first (eligibility, an overdue report of
    // use), then the application's own problems.
    private static async Task<List<SubmissionProblem>> SubmissionProblemsAsync(GrantsDbContext db, GrantPool pool, GrantApplication application, DateTimeOffset now, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == application.RoundId, ct);
        var problems = GrantRules.SubmissionProblems(pool, round, application, now);
        var association = await db.Set<KnownAssociation>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == application.AssociationId, ct);
        if (GrantRules.EligibilityRefusal(pool.Eligibility, association) is { } refusal)
        {
            problems.Insert(0, new SubmissionProblem("Association", refusal));
        }

        if (await db.Awards.Where(a => a.AssociationId == application.AssociationId).AnyAsync(OverdueReports.Is(db, Copenhagen.Today(now)), ct))
        {
            problems.Insert(0, new SubmissionProblem("Association", "The association has an overdue report of use on an earlier grant; it can apply again when the report is in."));
        }

        return problems;
    }

    public static async Task<Results<Ok<List<ApplicationResponse>>, ProblemHttpResult>> ListForAssociation(
        Guid id, GrantsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await db.MayActForAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its applications.");
        }

        var applications = await db.Applications.AsNoTracking().Where(a => a.AssociationId == id).OrderByDescending(a => a.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(applications.Select(a => a.ToResponse()).ToList());
    }

    // The round's submitted applications ranked by weighted score (unassessed last).
    public static async Task<Results<Ok<List<ApplicationResponse>>, ProblemHttpResult>> ListForPool(
        Guid id, Guid? roundId, GrantsDbContext db, CancellationToken ct)
    {
        var pool = await db.Pools.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pool is null)
        {
            return Problems.NotFound($"No grant pool has id {id}.");
        }

        var ranked = await RankedAsync(db, pool, roundId, ct);
        var awards = await db.Awards.AsNoTracking().Where(a => a.PoolId == id).ToDictionaryAsync(a => a.ApplicationId, a => a.Id, ct);
        return TypedResults.Ok(ranked.Select(x => x.Application.ToResponse(x.Score, awards.TryGetValue(x.Application.Id, out var award) ? award : null)).ToList());
    }

    public static async Task<List<Ranked>> RankedAsync(GrantsDbContext db, GrantPool pool, Guid? roundId, CancellationToken ct)
    {
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.PoolId == pool.Id && (roundId == null || a.RoundId == roundId) && a.Status != ApplicationStatus.Draft).ToListAsync(ct);
        var ids = applications.Select(a => a.Id).ToList();
        var assessments = (await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.ApplicationId)).ToListAsync(ct)).ToLookup(a => a.ApplicationId);
        var awarded = await db.Awards.AsNoTracking().Where(a => ids.Contains(a.ApplicationId)).ToDictionaryAsync(a => a.ApplicationId, a => a.Amount, ct);
        return applications
            .Select(a => new Ranked(a, GrantRules.WeightedScore(pool.Criteria, assessments[a.Id].ToList()), awarded.TryGetValue(a.Id, out var amount) ? amount : null))
            .OrderByDescending(x => x.Score ?? -1).ThenBy(x => x.Application.SubmittedAt)
            .ToList();
    }

    public static async Task<Results<Ok<List<AssessmentResponse>>, ProblemHttpResult>> ListAssessments(Guid id, GrantsDbContext db, CancellationToken ct)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == id, ct))
        {
            return Problems.NotFound($"No application has id {id}.");
        }

        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ApplicationId == id).OrderBy(a => a.AssessedAt).ToListAsync(ct);
        return TypedResults.Ok(assessments.Select(a => new AssessmentResponse(a.AssessorId, a.AssessorName, a.AssessedAt,
            [.. a.Scores.Select(s => new ScoreResponse(s.Criterion, s.Score, s.Comment))])).ToList());
    }

    // Scores 0–5 for every criterion of the pool, with comments; the assessor's earlier scores are replaced.
    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> Assess(
        Guid id, AssessmentRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Problems.NotFound($"No application has id {id}.");
        }

        var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == application.PoolId, ct);
        var scores = request.Scores ?? [];
        if (pool.Criteria.Any(c => scores.Count(s => s.Criterion == c.Name) != 1) || scores.Count != pool.Criteria.Count
            || scores.Any(s => s.Score is not (>= 0 and <= GrantRules.MaxScore) || s.Comment?.Length > 2000))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["Scores"] = [$"Score each criterion once, 0–{GrantRules.MaxScore}: {string.Join(", ", pool.Criteria.Select(c => c.Name))} (comments at most 2000 characters)."],
            });
        }

        if (application.Status == ApplicationStatus.Draft)
        {
            return Problems.Conflict("A draft is not assessed; wait until it is submitted.");
        }

        var now = time.GetUtcNow();
        var assessorId = user.UserId()!.Value;
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.ApplicationId == id && a.AssessorId == assessorId, ct);
        if (assessment is null)
        {
            assessment = new Assessment { ApplicationId = id, AssessorId = assessorId, AssessorName = "" };
            db.Assessments.Add(assessment);
        }

        assessment.AssessorName = user.Identity?.Name ?? "";
        assessment.Scores = scores.Select(s => new CriterionScore { Criterion = s.Criterion!, Score = s.Score!.Value, Comment = s.Comment?.Trim() ?? "" }).ToList();
        assessment.AssessedAt = now;
        db.Record(user, pool.Id, id, "application assessed", null, now);
        await db.SaveChangesAsync(ct);
        var all = await db.Assessments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync(ct);
        return TypedResults.Ok(application.ToResponse(GrantRules.WeightedScore(pool.Criteria, all)));
    }

    // An award commits its amount with one conditional UPDATE of the pool in the decision's transaction: under
    // concurrent decisions the pool's row lock queues them, and a decision that would pass the budget gets 409.
    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, DecisionRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await db.InTransactionAsync<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, token);
            if (application is null)
            {
                return Problems.NotFound($"No application has id {id}.");
            }

            if (application.WhyNotDecide() is { } refusal)
            {
                return Problems.Conflict(refusal);
            }

            var pool = await db.Pools.AsNoTracking().SingleAsync(p => p.Id == application.PoolId, token);
            var now = time.GetUtcNow();
            var reason = request.Reason!.Trim();
            if (request.Outcome == DecisionOutcome.Reject)
            {
                db.AddEvent(application.Reject(reason, now), time);
                db.Record(user, pool.Id, id, "application rejected", reason, now);
            }
            else if (await AwardAsync(db, pool, application, request, user, now, time, token) is { } problem)
            {
                return problem;
            }

            if (await SaveAsync(db, token) is { } conflict)
            {
                return conflict;
            }

            await transaction.CommitAsync(token);
            var awardId = await db.Awards.Where(a => a.ApplicationId == id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(token);
            return TypedResults.Ok(application.ToResponse(null, awardId));
        }, ct);
    }

    // The amount is committed in the pool's budget first: a decision that would over-commit it changes nothing.
    private static async Task<ProblemHttpResult?> AwardAsync(
        GrantsDbContext db, GrantPool pool, GrantApplication application, DecisionRequest request, ClaimsPrincipal user, DateTimeOffset now, TimeProvider time, CancellationToken ct)
    {
        var amount = request.Amount!.Value;
        if (AwardProblems(pool, application, request) is { Count: > 0 } problems)
        {
            return Problems.Unprocessable(string.Join(" ", problems), new Dictionary<string, object?> { ["problems"] = problems });
        }

        if (!await db.TryCommitAsync(pool.Id, amount, ct))
        {
            var remaining = await db.Pools.Where(p => p.Id == pool.Id).Select(p => p.Budget - p.Committed).SingleAsync(ct);
            return Problems.Conflict($"{pool.Name} has {remaining:0.00} kr. left of its {pool.Budget:0.00} kr. budget; an award of {amount:0.00} kr. would over-commit it.");
        }

        var award = request.ToAward(application, pool, user, now);
        db.Awards.Add(award);
        db.AddEvent(application.Awarded(award), time);
        db.Record(user, pool.Id, application.Id, $"awarded {amount:0.00} kr." + (award.CommitteeReference is { } r ? $" (committee {r})" : ""), award.Reason, now);
        return null;
    }

    public static async Task<Ok<List<AuditEntryResponse>>> ListAudit(Guid? poolId, Guid? applicationId, GrantsDbContext db, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => (poolId == null || e.PoolId == poolId) && (applicationId == null || e.ApplicationId == applicationId))
            .OrderByDescending(e => e.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(e => e.ToResponse()).ToList());
    }

    private static List<string> AwardProblems(GrantPool pool, GrantApplication application, DecisionRequest request)
    {
        var problems = new List<string>();
        var amount = request.Amount!.Value;
        if (amount > application.RequestedAmount)
        {
            problems.Add($"The award ({amount:0.00} kr.) is more than the {application.RequestedAmount:0.00} kr. requested.");
        }

        if (pool.MaxPerApplication is { } max && amount > max)
        {
            problems.Add($"{pool.Name} gives at most {max:0.00} kr. per application.");
        }

        if (amount > pool.StaffDecisionLimit && (request.CommitteeMeetingDate is null || string.IsNullOrWhiteSpace(request.CommitteeReference)))
        {
            problems.Add($"Above {pool.StaffDecisionLimit:0.00} kr. the committee decides: record its meeting date and reference.");
        }

        return problems;
    }

    private static Task<ProblemHttpResult?> SaveAsync(GrantsDbContext db, CancellationToken ct) =>
        db.SaveOrConflictAsync(ct, changed: "The application changed at the same moment (edited, submitted or decided); read it again.");
}
