namespace Frivillighed.Events.Model;

public enum RegistrationStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}
