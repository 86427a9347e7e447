using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

public sealed record PoolResponse(
    Guid Id,
    string Name,
    string Purpose,
    string LegalBasis,
    int Year,
    decimal Budget,
    decimal Committed,
    decimal Paid,
    decimal Remaining,
    PoolEligibility Eligibility,
    List<Criterion> Criteria,
    decimal? MaxPerApplication,
    decimal StaffDecisionLimit,
    List<string> RequiredFields,
    int ReportDueMonths,
    List<RoundResponse> Rounds,
    GrantKind Kind,
    StatutoryTerms? Terms);
