namespace Frivillighed.Grants.Model;

public enum ApplicationStatus
{
    Draft,
    Submitted,
    Awarded,
    Rejected,
    AwardWithdrawn,
}
