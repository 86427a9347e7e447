using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

// A run of the year's activity grants with every association's line, and the associations left out and why.
public sealed record ActivityRunResponse(
    Guid Id,
    Guid PoolId,
    int Year,
    RunStatus Status,
    decimal RatePerMemberUnder25,
    decimal? RatePerActivityHour,
    decimal Budget,
    decimal GrossTotal,
    decimal ReductionFactor,
    decimal Total,
    DateTimeOffset ComputedAt,
    string ComputedBy,
    DateTimeOffset? ApprovedAt,
    string? ApprovedBy,
    List<ActivityGrantResponse> Lines,
    List<ExcludedAssociation> Excluded);
