using Frivillighed.Contracts.Associations;

namespace Frivillighed.Messaging.ReadModels;

// Who acts for which association, as told by Associations: the basis of every object-level check elsewhere.
public sealed class KnownRepresentative
{
    public Guid AssociationId { get; init; }
    public Guid UserId { get; init; }
    public RepresentativeRole Role { get; init; }
}
