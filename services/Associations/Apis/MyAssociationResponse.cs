using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

// An association as one of its representatives sees it in their list: with their own role.
public sealed record MyAssociationResponse(AssociationResponse Association, RepresentativeRole Role);
