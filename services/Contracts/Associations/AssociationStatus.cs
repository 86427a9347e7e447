namespace Frivillighed.Contracts.Associations;

// The approval status under Folkeoplysningsloven §4, as every service sees it.
public enum AssociationStatus
{
    Applied,
    Approved,
    Rejected,
    Suspended,
    Withdrawn,
}
