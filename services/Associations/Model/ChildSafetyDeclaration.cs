namespace Frivillighed.Associations.Model;

// One yearly declaration that the association has obtained the child-safety certificates (børneattester) it must.
public sealed class ChildSafetyDeclaration
{
    public Guid AssociationId { get; init; }
    public int Year { get; init; }
    public DateTimeOffset DeclaredAt { get; init; }
    public Guid DeclaredById { get; init; }
    public required string DeclaredByName { get; init; }
}
