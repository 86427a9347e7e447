namespace Frivillighed.Booking.Model;

public enum SeasonRoundStatus
{
    Open,
    Drafted,
    Published,
}
