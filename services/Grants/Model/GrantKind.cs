namespace Frivillighed.Grants.Model;

// What a pool pays for: projects that associations apply for, or one of the yearly grants the law requires
// (Folkeoplysningsloven §18 activity grants computed from member counts, §25 premises grants applied for).
public enum GrantKind
{
    Project,
    ActivityGrant,
    PremisesGrant,
}
