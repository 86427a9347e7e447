namespace Frivillighed.Grants.Apis;

// Last year's premises of an association, each with its eligible running costs by category and its activity hours.
public sealed record PremisesRequest(List<PremiseRequest>? Premises);
