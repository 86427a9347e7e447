using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Tests;

// Facilities for the pure-rule tests: open 07–22 on weekdays, closed at weekends, 30-minute units.
public static class Facilities
{
    public static Facility New(string name, int capacity = 100, FacilityKind kind = FacilityKind.Hall, string town = "Haslev", Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(), Name = name, Kind = kind, Town = town, Address = "Frederiksgade 42, 4690 Haslev", Capacity = capacity,
        OpeningHours = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new OpeningHours { Day = d, Opens = new(7, 0), Closes = new(22, 0) })],
        HourlyPrice = 300m,
    };
}
