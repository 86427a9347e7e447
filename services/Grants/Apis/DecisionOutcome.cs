namespace Frivillighed.Grants.Apis;

public enum DecisionOutcome
{
    Award,
    Reject,
}
