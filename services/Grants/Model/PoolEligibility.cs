namespace Frivillighed.Grants.Model;

public enum PoolEligibility
{
    // Folkeoplysningsloven pools: associations approved under §4.
    ApprovedAssociations,

    // Serviceloven §18: also voluntary groups that are not (yet) approved associations.
    AlsoVoluntaryGroups,
}
