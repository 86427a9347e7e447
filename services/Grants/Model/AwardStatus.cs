namespace Frivillighed.Grants.Model;

public enum AwardStatus
{
    Active,
    Withdrawn,
}
