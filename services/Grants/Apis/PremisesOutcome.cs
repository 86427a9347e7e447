namespace Frivillighed.Grants.Apis;

public enum PremisesOutcome
{
    Approve,
    Adjust,
    Refuse,
}
