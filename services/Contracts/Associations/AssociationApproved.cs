namespace Frivillighed.Contracts.Associations;

// Approved under Folkeoplysningsloven §4 (first approval or reinstatement); AssociationStatusChanged is published too.
public sealed record AssociationApproved(Guid AssociationId, string Name, string Reason, int Version, DateTimeOffset OccurredAt);
