using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

// A premises grant application with its calculation (live while a draft; Calculated fixed at submission).
public sealed record PremisesApplicationResponse(
    Guid Id,
    Guid PoolId,
    int Year,
    Guid AssociationId,
    string AssociationName,
    PremisesStatus Status,
    DateOnly Deadline,
    List<PremiseCosts> Premises,
    StatutoryRules.PremisesCalculation Calculation,
    decimal? Calculated,
    decimal? Awarded,
    string? DecisionReason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    Guid? AwardId,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt);
