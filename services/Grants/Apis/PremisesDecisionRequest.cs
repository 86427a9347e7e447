namespace Frivillighed.Grants.Apis;

// Staff's decision on a premises grant application: Approve the calculated amount, Adjust it (Amount, with the
// reason), or Refuse (with the reason).
public sealed record PremisesDecisionRequest(PremisesOutcome? Outcome, decimal? Amount, string? Reason);
