namespace Frivillighed.Associations.Apis;

// Ends an agreement early: LastDay is the last day the volunteer is covered.
public sealed record EndAgreementRequest(DateOnly? LastDay, string? Reason);
