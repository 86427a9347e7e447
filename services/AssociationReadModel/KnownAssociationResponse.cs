using Frivillighed.Contracts.Associations;

namespace Frivillighed.AssociationReadModel;

public sealed record KnownAssociationResponse(Guid Id, string Name, AssociationStatus Status, bool ChildSafetyLapsed, int Version, DateTimeOffset UpdatedAt);
