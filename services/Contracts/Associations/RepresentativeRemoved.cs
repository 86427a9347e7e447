namespace Frivillighed.Contracts.Associations;

public sealed record RepresentativeRemoved(Guid AssociationId, Guid UserId, DateTimeOffset OccurredAt);
