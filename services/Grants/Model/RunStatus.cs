namespace Frivillighed.Grants.Model;

public enum RunStatus
{
    Draft,
    Replaced,
    Approved,
}
