using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

// One association's activity grant with its basis line by line: members under 25 × rate (+ activity hours × hour
// rate) = gross; × the reduction factor, rounded down to whole kroner = the grant. PendingCorrection: a member
// count corrected after the run, with the difference it would make, waiting for staff.
public sealed record ActivityGrantResponse(
    Guid Id,
    Guid RunId,
    Guid PoolId,
    int Year,
    RunStatus RunStatus,
    Guid AssociationId,
    string AssociationName,
    int MembersUnder25,
    int CountRevision,
    int ActivityHours,
    decimal RatePerMemberUnder25,
    decimal? RatePerActivityHour,
    decimal Gross,
    decimal ReductionFactor,
    decimal Amount,
    Guid? AwardId,
    PendingCorrection? PendingCorrection,
    List<ActivityCorrection> Corrections);
