namespace Frivillighed.Grants.Model;

// An approved association that an activity grant run leaves out, and why (no member count, a lapsed declaration).
public sealed class ExcludedAssociation
{
    public Guid AssociationId { get; set; }
    public required string Name { get; set; }
    public required string Reason { get; set; }
}
