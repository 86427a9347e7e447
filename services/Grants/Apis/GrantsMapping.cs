using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public static class GrantsMapping
{
    public static PoolResponse ToResponse(this GrantPool p, IEnumerable<ApplicationRound> rounds, DateTimeOffset now) => new(
        p.Id, p.Name, p.Purpose, p.LegalBasis, p.Year, p.Budget, p.Committed, p.Paid, p.Remaining, p.Eligibility, p.Criteria, p.MaxPerApplication,
        p.StaffDecisionLimit, p.RequiredFields, p.ReportDueMonths, rounds.OrderBy(r => r.Deadline).Select(r => r.ToResponse(now)).ToList(), p.Kind, p.Terms);

    public static RoundResponse ToResponse(this ApplicationRound r, DateTimeOffset now) =>
        new(r.Id, r.PoolId, r.Name, r.Deadline, r.ClosesAt, r.OnlyIfMoneyLeft, r.IsOpenAt(now));

    public static ApplicationResponse ToResponse(this GrantApplication a, decimal? score = null, Guid? awardId = null) => new(
        a.Id, a.PoolId, a.RoundId, a.AssociationId, a.Status, a.Title, a.Description, a.PeriodStart, a.PeriodEnd, a.RequestedAmount, a.BudgetLines,
        a.CoFinancing, a.TargetGroup, a.Volunteers, a.Answers, a.SubmittedAt, a.Flag, a.DecisionReason, score, awardId, a.UpdatedAt);

    public static AwardResponse ToResponse(this Award a, decimal? repayment = null) => new(
        a.Id, a.ApplicationId, a.PoolId, a.AssociationId, a.Amount, a.Paid, a.Conditions, a.Reason, a.PeriodStart, a.PeriodEnd, a.ReportDue,
        a.CommitteeMeetingDate, a.CommitteeReference, a.QuotaFacilityKind, a.QuotaHours, a.Status, repayment);

    public static AuditEntryResponse ToResponse(this AuditEntry e) => new(e.At, e.ActorId, e.ActorName, e.PoolId, e.ApplicationId, e.Action, e.Reason);
}
