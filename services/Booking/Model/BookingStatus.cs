namespace Frivillighed.Booking.Model;

public enum BookingStatus
{
    Confirmed,
    Cancelled,
}
