namespace Frivillighed.Grants.Apis;

public sealed record CriterionRequest(string? Name, string? Description, decimal Weight);
