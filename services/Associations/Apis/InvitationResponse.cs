using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

// Code: shown once, to give to the person invited.
public sealed record InvitationResponse(Guid AssociationId, string Code, RepresentativeRole Role, DateTimeOffset ExpiresAt);
