namespace Frivillighed.Contracts.Associations;

// The application was rejected; AssociationStatusChanged is published too.
public sealed record AssociationRejected(Guid AssociationId, string Name, string Reason, int Version, DateTimeOffset OccurredAt);
