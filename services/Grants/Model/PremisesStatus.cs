namespace Frivillighed.Grants.Model;

public enum PremisesStatus
{
    Draft,
    Submitted,
    Approved,
    Refused,
}
