using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

public sealed record ChangeRoleRequest(RepresentativeRole? Role);
