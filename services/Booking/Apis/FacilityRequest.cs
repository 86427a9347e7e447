using Frivillighed.Booking.Model;
using Frivillighed.Contracts;

namespace Frivillighed.Booking.Apis;

public sealed record FacilityRequest(
    string? Name,
    FacilityKind? Kind,
    string? Town,
    string? Address,
    int? Capacity,
    bool WheelchairAccess,
    bool HearingLoop,
    List<string>? Equipment,
    List<OpeningHoursRequest>? OpeningHours,
    int BookingUnitMinutes = 30,
    int MinimumMinutes = 60,
    int MaximumMinutes = 240,
    int BookableDaysAhead = 180,
    decimal HourlyPrice = 0)
{
    public static readonly int[] BookingUnits = [15, 30, 60];

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) Fail(nameof(Name), "Give the facility's name (at most 200 characters).");
        if (Kind is null) Fail(nameof(Kind), $"Give the kind: {string.Join(", ", Enum.GetNames<FacilityKind>())}.");
        if (Town is null || !Towns.IsKnown(Town)) Fail(nameof(Town), $"The town is one of {string.Join(", ", Towns.All)}.");
        if (string.IsNullOrWhiteSpace(Address) || Address.Length > 200) Fail(nameof(Address), "Give the address (at most 200 characters).");
        if (Capacity is not > 0) Fail(nameof(Capacity), "Capacity is the number of people the facility holds (more than 0).");
        if (Equipment is { } equipment && (equipment.Count > 50 || equipment.Any(e => string.IsNullOrWhiteSpace(e) || e.Length > 100)))
            Fail(nameof(Equipment), "At most 50 items of equipment, each 1–100 characters.");
        if (!BookingUnits.Contains(BookingUnitMinutes)) Fail(nameof(BookingUnitMinutes), "The booking unit is 15, 30 or 60 minutes.");
        if (MinimumMinutes <= 0 || MaximumMinutes < MinimumMinutes || MinimumMinutes % BookingUnitMinutes != 0 || MaximumMinutes % BookingUnitMinutes != 0)
            Fail(nameof(MinimumMinutes), "Minimum and maximum duration are whole booking units, and the maximum is at least the minimum.");
        if (BookableDaysAhead is < 0 or > 730) Fail(nameof(BookableDaysAhead), "Bookable days ahead is 0–730.");
        if (HourlyPrice is < 0 or > 100_000) Fail(nameof(HourlyPrice), "The hourly price is 0–100000 kr.");

        var hours = OpeningHours ?? [];
        if (hours.Any(h => h.Day is null || h.Opens is null || h.Closes is null || h.Closes <= h.Opens))
            Fail(nameof(OpeningHours), "Each opening window has a day, and opens before it closes on that day.");
        else if (hours.GroupBy(h => h.Day).Any(g => g.Count() > 1))
            Fail(nameof(OpeningHours), "At most one opening window per weekday.");
        return errors;
    }

    public void ApplyTo(Facility facility)
    {
        facility.Name = Name!.Trim();
        facility.Kind = Kind!.Value;
        facility.Town = Town!;
        facility.Address = Address!.Trim();
        facility.Capacity = Capacity!.Value;
        facility.WheelchairAccess = WheelchairAccess;
        facility.HearingLoop = HearingLoop;
        facility.Equipment = Equipment?.Select(e => e.Trim()).ToList() ?? [];
        facility.OpeningHours = (OpeningHours ?? []).OrderBy(h => h.Day)
            .Select(h => new OpeningHours { Day = h.Day!.Value, Opens = h.Opens!.Value, Closes = h.Closes!.Value }).ToList();
        facility.BookingUnitMinutes = BookingUnitMinutes;
        facility.MinimumMinutes = MinimumMinutes;
        facility.MaximumMinutes = MaximumMinutes;
        facility.BookableDaysAhead = BookableDaysAhead;
        facility.HourlyPrice = HourlyPrice;
    }
}
