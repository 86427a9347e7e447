namespace Frivillighed.Booking.Apis;

// One local day of a facility: when it is open, which parts are busy and which free. No names: busy is busy.
public sealed record DayAvailability(DateOnly Date, TimeOnly? Opens, TimeOnly? Closes, string? ClosedReason, List<TimeRange> Busy, List<TimeRange> Free);
