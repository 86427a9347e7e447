using Frivillighed.Contracts.Associations;

namespace Frivillighed.AssociationReadModel;

// Who acts for which association, as told by Associations: the basis of every object-level check elsewhere.
// A removal is kept as a tombstone (Removed, ChangedAt), so an addition that arrives after its removal is ignored.
public sealed class KnownRepresentative
{
    public Guid AssociationId { get; init; }
    public Guid UserId { get; init; }
    public RepresentativeRole Role { get; init; }
    public bool Removed { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
}
