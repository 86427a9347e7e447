using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

public sealed record RepresentativeResponse(Guid UserId, string Name, RepresentativeRole Role, DateTimeOffset AddedAt);
