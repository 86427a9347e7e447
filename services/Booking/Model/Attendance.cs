namespace Frivillighed.Booking.Model;

public enum Attendance
{
    Attended,
    NoShow,
}
