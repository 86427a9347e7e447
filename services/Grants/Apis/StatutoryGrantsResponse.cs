namespace Frivillighed.Grants.Apis;

// What an association sees of its statutory grants: each year's activity grant (the latest run: a draft is
// computed but not approved yet) and its premises grant applications, with open schemes to apply to.
public sealed record StatutoryGrantsResponse(
    List<ActivityGrantResponse> ActivityGrants,
    List<PremisesApplicationResponse> PremisesApplications,
    List<PoolResponse> OpenPremisesSchemes);
