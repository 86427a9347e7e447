namespace Frivillighed.Booking.Model;

public enum SeasonOutcome
{
    Granted,
    GrantedAlternative,
    Rejected,
}
