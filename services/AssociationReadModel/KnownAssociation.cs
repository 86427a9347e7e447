using Frivillighed.Contracts.Associations;

namespace Frivillighed.AssociationReadModel;

// What another service knows of an association, as last told by the Associations service.
public sealed class KnownAssociation
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public AssociationStatus Status { get; set; }

    // The yearly child-safety declaration is overdue: no new bookings or grant applications.
    public bool ChildSafetyLapsed { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
