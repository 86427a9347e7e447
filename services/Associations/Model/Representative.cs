using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Model;

// A person who acts for an association. Removing the row removes their personal data from it.
public sealed class Representative
{
    public Guid AssociationId { get; init; }
    public Guid UserId { get; init; }
    public required string Name { get; init; }
    public RepresentativeRole Role { get; set; }
    public DateTimeOffset AddedAt { get; init; }
}
