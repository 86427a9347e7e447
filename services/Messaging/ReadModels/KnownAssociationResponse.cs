using Frivillighed.Contracts.Associations;

namespace Frivillighed.Messaging.ReadModels;

public sealed record KnownAssociationResponse(Guid Id, string Name, AssociationStatus Status, bool ChildSafetyLapsed, int Version, DateTimeOffset UpdatedAt);
