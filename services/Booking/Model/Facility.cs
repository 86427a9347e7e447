namespace Frivillighed.Booking.Model;

// Bookable municipal premises in one of the towns, with the rules its bookings follow. Staff manage them.
public sealed class Facility
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public FacilityKind Kind { get; set; }
    public required string Town { get; set; }
    public required string Address { get; set; }
    public int Capacity { get; set; }
    public bool WheelchairAccess { get; set; }
    public bool HearingLoop { get; set; }
    public List<string> Equipment { get; set; } = [];

    // At most one window per weekday; a weekday without one is closed.
    public List<OpeningHours> OpeningHours { get; set; } = [];

    // Bookings start and end on whole units from opening time (e.g. every 30 minutes).
    public int BookingUnitMinutes { get; set; } = 30;
    public int MinimumMinutes { get; set; } = 60;
    public int MaximumMinutes { get; set; } = 240;
    public int BookableDaysAhead { get; set; } = 180;

    // Paid by those who do not book for free (FOL §21–22: only approved associations do).
    public decimal HourlyPrice { get; set; }

    public OpeningHours? OpenOn(DayOfWeek day) => OpeningHours.FirstOrDefault(h => h.Day == day);
}
