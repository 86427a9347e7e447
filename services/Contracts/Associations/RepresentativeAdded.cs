namespace Frivillighed.Contracts.Associations;

// UserId is the person's subject in the identity provider; no name or contact data leaves Associations.
public sealed record RepresentativeAdded(Guid AssociationId, Guid UserId, RepresentativeRole Role, DateTimeOffset OccurredAt);
