namespace Frivillighed.Grants.Apis;

// Staff's decision on a member count corrected after the year's activity grants were approved.
public sealed record CorrectionDecisionRequest(bool? Accept, string? Reason);
