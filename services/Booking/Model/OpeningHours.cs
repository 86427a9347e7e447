namespace Frivillighed.Booking.Model;

public sealed class OpeningHours
{
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}
