using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record AwardResponse(
    Guid Id,
    Guid ApplicationId,
    Guid PoolId,
    Guid AssociationId,
    decimal Amount,
    decimal Paid,
    string? Conditions,
    string Reason,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly? ReportDue,
    DateOnly? CommitteeMeetingDate,
    string? CommitteeReference,
    string? QuotaFacilityKind,
    int? QuotaHours,
    AwardStatus Status,
    decimal? RepaymentClaim);
