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

// After the decision: payouts in instalments, withdrawal, and the report of use.
public static class AwardsApi
{
    public static IEndpointRouteBuilder MapAwardsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/grants").WithTags("Awards").RequireAuthorization();
        api.MapGet("/awards/{id:guid}", GetAward).WithSummary("Get one award with payouts and report of use").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/awards/{id:guid}/use-report", ReportUse).WithSummary("Report how an award was used")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var staff = api.MapGroup("").RequireAuthorization(PlatformAuthentication.StaffPolicy);
        staff.MapPost("/awards/{id:guid}/payouts", RegisterPayout).WithSummary("Register a payout on an award (staff)").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/awards/{id:guid}/withdraw", Withdraw).WithSummary("Withdraw an award, releasing the unpaid part (staff)").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/use-reports/overdue", ListOverdue).WithSummary("Awards whose report of use is overdue (staff)");
        return app;
    }

    public static async Task<Results<Ok<AwardResponse>, ProblemHttpResult>> GetAward(Guid id, GrantsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var award = await db.Awards.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (award is null)
        {
            return Problems.NotFound($"No award has id {id}.");
        }

        if (!await db.MayActForAsync(award.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff see its awards.");
        }

        var report = await db.UseReports.AsNoTracking().FirstOrDefaultAsync(r => r.AwardId == id, ct);
        return TypedResults.Ok(award.ToResponse(report?.RepaymentClaim));
    }

    // Never more than awarded in total: one conditional UPDATE of the award (and the pool's paid sum).
    public static async Task<Results<Ok<AwardResponse>, ValidationProblem, ProblemHttpResult>> RegisterPayout(
        Guid id, PayoutRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Amount is not (> 0 and <= 100_000_000) || string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Length > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Amount"] = ["Give the amount paid (above 0) and the payment's reference."] });
        }

        return await db.InTransactionAsync<Results<Ok<AwardResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var award = await db.Awards.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, token);
            if (award is null)
            {
                return Problems.NotFound($"No award has id {id}.");
            }

            var amount = request.Amount.Value;
            if (!await db.TryPayAsync(id, award.PoolId, amount, token))
            {
                var current = await db.Awards.AsNoTracking().SingleAsync(a => a.Id == id, token);
                return Problems.Conflict(current.Status == AwardStatus.Withdrawn
                    ? "The award is withdrawn; nothing more is paid."
                    : $"{current.Paid:0.00} of {current.Amount:0.00} kr. is paid; {amount:0.00} kr. more would exceed the award.");
            }

            var now = time.GetUtcNow();
            var payout = new Payout { AwardId = id, Amount = amount, Reference = request.Reference.Trim(), PaidAt = now, RegisteredById = user.UserId()!.Value };
            db.Payouts.Add(payout);
            var paidSoFar = award.Paid + amount;
            db.AddEvent(new PayoutRegistered(payout.Id, id, award.PoolId, award.AssociationId, amount, paidSoFar, now), time);
            db.Record(user, award.PoolId, award.ApplicationId, $"paid {amount:0.00} kr. ({payout.Reference})", null, now);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.Ok((await db.Awards.AsNoTracking().SingleAsync(a => a.Id == id, token)).ToResponse());
        }, ct);
    }

    // The unpaid part goes back to the pool; what was already paid becomes a claim for repayment.
    public static async Task<Results<Ok<AwardResponse>, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, ReasonRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Reason"] = ["Say why the award is withdrawn."] });
        }

        return await db.InTransactionAsync<Results<Ok<AwardResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            var award = await db.Awards.FromSql($"SELECT * FROM awards WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(token);
            if (award is null)
            {
                return Problems.NotFound($"No award has id {id}.");
            }

            if (award.Status == AwardStatus.Withdrawn)
            {
                return Problems.Conflict($"The award was already withdrawn on {award.WithdrawnAt:yyyy-MM-dd}.");
            }

            var now = time.GetUtcNow();
            var released = award.Amount - award.Paid;
            await db.ReleaseAsync(award.PoolId, released, token);
            award.Status = AwardStatus.Withdrawn;
            award.WithdrawnAt = now;
            award.WithdrawalReason = request.Reason.Trim();
            if (await db.Applications.FirstOrDefaultAsync(a => a.Id == award.ApplicationId, token) is { } application)
            {
                application.Status = ApplicationStatus.AwardWithdrawn;
            }

            db.AddEvent(new GrantWithdrawn(id, award.PoolId, award.AssociationId, released, award.Paid, award.WithdrawalReason, now), time);
            db.Record(user, award.PoolId, award.ApplicationId, $"award withdrawn; {released:0.00} kr. released, {award.Paid:0.00} kr. to be repaid", award.WithdrawalReason, now);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.Ok(award.ToResponse(award.Paid));
        }, ct);
    }

    public static async Task<Results<Created<AwardResponse>, ValidationProblem, ProblemHttpResult>> ReportUse(
        Guid id, UseReportRequest request, GrantsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Spent is not (>= 0 and <= 100_000_000) || string.IsNullOrWhiteSpace(request.Results) || request.Results.Length > 10000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Spent"] = ["Give the amount actually spent (0 or more) and the results."] });
        }

        var award = await db.Awards.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (award is null)
        {
            return Problems.NotFound($"No award has id {id}.");
        }

        if (!await db.MayActForAsync(award.AssociationId, user, ct))
        {
            return Problems.Forbidden("Only the association's representatives and staff report its use of a grant.");
        }

        if (award.ReportDue is null)
        {
            return Problems.Conflict("A statutory grant needs no report of use; the association's yearly accounts document it.");
        }

        var now = time.GetUtcNow();
        var report = new UseReport
        {
            AwardId = id, Spent = request.Spent.Value, Results = request.Results.Trim(), RepaymentClaim = GrantRules.Repayment(award.Paid, request.Spent.Value),
            SubmittedAt = now, SubmittedById = user.UserId()!.Value,
        };
        db.UseReports.Add(report);
        db.Record(user, award.PoolId, award.ApplicationId,
            $"report of use: spent {report.Spent:0.00} kr." + (report.RepaymentClaim > 0 ? $", {report.RepaymentClaim:0.00} kr. to be repaid" : ""), null, now);
        if (await db.SaveOrConflictAsync(ct, duplicate: "The report of use for this award is already in.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/grants/awards/{id}", award.ToResponse(report.RepaymentClaim));
    }

    public static async Task<Ok<List<OverdueReportResponse>>> ListOverdue(GrantsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var today = Copenhagen.Today(time.GetUtcNow());
        var overdue = await db.Awards.AsNoTracking().Where(OverdueReports.Is(db, today)).OrderBy(a => a.ReportDue).ToListAsync(ct);
        var applicationIds = overdue.Select(a => a.ApplicationId).ToList();
        var titles = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var associationIds = overdue.Select(a => a.AssociationId).ToList();
        var names = await db.Set<KnownAssociation>().AsNoTracking().Where(k => associationIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        return TypedResults.Ok(overdue.Select(a => new OverdueReportResponse(a.Id, a.PoolId, a.AssociationId, names.GetValueOrDefault(a.AssociationId, ""),
            titles.GetValueOrDefault(a.ApplicationId, ""), a.ReportDue!.Value, a.Paid)).ToList());
    }
}
