using System.Security.Claims;
using Frivillighed.Grants.Model;
using Frivillighed.ServiceDefaults;

namespace Frivillighed.Grants.Apis;

// An award in full or in part (Amount, optional Conditions and booking quota) or a rejection, always with a
// reason. Above the pool's staff decision limit it records the committee's meeting date and reference.
public sealed record DecisionRequest(
    DecisionOutcome? Outcome,
    decimal? Amount,
    string? Conditions,
    string? Reason,
    DateOnly? CommitteeMeetingDate,
    string? CommitteeReference,
    string? QuotaFacilityKind,
    int? QuotaHours)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Outcome is null)
        {
            errors[nameof(Outcome)] = ["The outcome is 'Award' or 'Reject'."];
        }

        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 2000)
        {
            errors[nameof(Reason)] = ["Give the reason (at most 2000 characters); it is public on the pool's ledger."];
        }

        if (Outcome == DecisionOutcome.Award && Amount is not (> 0 and <= 100_000_000))
        {
            errors[nameof(Amount)] = ["An award has an amount above 0 (DKK)."];
        }

        if (Conditions?.Length > 2000 || CommitteeReference?.Length > 200)
        {
            errors[nameof(Conditions)] = ["Conditions are at most 2000 characters, a committee reference 200."];
        }

        if ((QuotaFacilityKind is null) != (QuotaHours is null) || QuotaHours is <= 0 or > 10_000 || QuotaFacilityKind?.Length > 30)
        {
            errors[nameof(QuotaHours)] = ["A booking quota names a facility kind and a number of hours (1–10000)."];
        }

        return errors;
    }

    public Award ToAward(GrantApplication application, GrantPool pool, ClaimsPrincipal user, DateTimeOffset now) => new()
    {
        ApplicationId = application.Id, PoolId = pool.Id, AssociationId = application.AssociationId, Amount = Amount!.Value, Conditions = Conditions?.Trim(),
        Reason = Reason!.Trim(), PeriodStart = application.PeriodStart!.Value, PeriodEnd = application.PeriodEnd!.Value,
        ReportDue = GrantRules.ReportDue(application.PeriodEnd.Value, pool.ReportDueMonths), DecidedById = user.UserId()!.Value,
        DecidedByName = user.Identity?.Name ?? "", DecidedAt = now, CommitteeMeetingDate = CommitteeMeetingDate,
        CommitteeReference = CommitteeReference?.Trim(), QuotaFacilityKind = QuotaFacilityKind, QuotaHours = QuotaHours,
    };
}
