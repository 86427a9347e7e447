using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

public sealed record InvitationRequest(RepresentativeRole? Role);
