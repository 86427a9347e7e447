namespace Frivillighed.Booking.Apis;

public sealed record OpeningHoursRequest(DayOfWeek? Day, TimeOnly? Opens, TimeOnly? Closes);
